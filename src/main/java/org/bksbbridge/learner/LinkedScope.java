package org.bksbbridge.learner;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which linked learners a results run covers, as the learner table's owner reads them.
 *
 * @param centresByAccount each bksb account's centres: a centre's links to its current account only
 *     (a link made under keys the centre no longer uses points at a user of another account)
 * @param heat each centre's heat rules, for an incremental run ({@code since} set)
 * @param partition which part of the bksb user ids, {@code mod partitions}, when partitions > 1
 * @param since when set, learners linked or changed from then on, and the hot ones
 */
public record LinkedScope(
    Map<Long, List<String>> centresByAccount,
    Map<String, HeatRules> heat,
    int partition,
    int partitions,
    Instant since) {}
