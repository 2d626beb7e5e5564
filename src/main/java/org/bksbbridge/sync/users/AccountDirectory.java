package org.bksbbridge.sync.users;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bksbbridge.bksb.BksbConnection;
import org.bksbbridge.settings.SettingsConnections;

/**
 * The bksb accounts of the enabled centres. Centres with the same API URL and access key id share
 * one account: its users are fetched once, with the connection of the centre whose settings were
 * saved last (a rotated secret saved in one centre is used at once).
 */
@ApplicationScoped
public class AccountDirectory {
  @Inject EntityManager em;
  @Inject SettingsConnections settings;

  /** An account with the connection to fetch it and the centres that use it. */
  public record Account(long id, BksbConnection connection, List<String> centreIds) {}

  /** Runs in the caller's transaction: a new account is stored on first sight. */
  public List<Account> enabledAccounts() {
    Map<String, List<BksbConnection>> byKey = new LinkedHashMap<>();
    for (BksbConnection c : settings.enabled()) {
      byKey.computeIfAbsent(c.apiUrl() + " " + c.accessKeyId(), k -> new ArrayList<>()).add(c);
    }
    List<Account> accounts = new ArrayList<>();
    for (List<BksbConnection> same : byKey.values()) {
      // The most recently saved settings: after a secret was changed, the new one is the one to
      // use.
      BksbConnection first = same.get(0);
      BksbAccount account = findOrCreate(first.apiUrl().toString(), first.accessKeyId());
      accounts.add(
          new Account(
              account.getId(), first, same.stream().map(BksbConnection::centreId).toList()));
    }
    // In id order: a restarted job finds its place by account id.
    accounts.sort(java.util.Comparator.comparingLong(Account::id));
    return accounts;
  }

  /**
   * Whether the account's users were ever listed to the end: until then "no bksb user has this
   * email" means nothing, and creating accounts could make a second one for a person.
   */
  public boolean usersListed(long accountId) {
    BksbAccount a = em.find(BksbAccount.class, accountId);
    return a != null && a.completeListingStartedAt() != null;
  }

  private BksbAccount findOrCreate(String apiUrl, String accessKeyId) {
    return em.createQuery(
            "select a from BksbAccount a where a.accessKeyId = :k and a.apiUrl = :u",
            BksbAccount.class)
        .setParameter("k", accessKeyId)
        .setParameter("u", apiUrl)
        .getResultStream()
        .findFirst()
        .orElseGet(
            () -> {
              BksbAccount a = new BksbAccount(apiUrl, accessKeyId);
              em.persist(a);
              em.flush();
              return a;
            });
  }
}
