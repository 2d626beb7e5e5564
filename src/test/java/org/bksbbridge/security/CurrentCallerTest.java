package org.bksbbridge.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CurrentCallerTest {
  @Test
  void registryGroupIdsBecomeTheNamesGrantsUse() {
    assertEquals(
        Set.of("manager", "cn=tutors,ou=groups,dc=college,dc=ac,dc=uk", "plain"),
        CurrentCaller.shortNames(
            Set.of(
                "group:bksb-bridge/manager",
                "group:LdapRealm/cn=tutors,ou=groups,dc=college,dc=ac,dc=uk",
                "plain")));
  }
}
