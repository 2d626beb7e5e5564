package org.bksbbridge.imports;

import java.io.Serializable;
import java.util.Map;

/**
 * One data row of an upload. {@code row} is what a person finds in a spreadsheet (the CSV header is
 * row 1) or the element's position in a JSON array (from 1). A row whose shape is wrong carries the
 * {@code problem} instead of failing the read, so the job skips it and goes on.
 */
public record ImportRow(long row, Map<String, String> values, String problem)
    implements Serializable {}
