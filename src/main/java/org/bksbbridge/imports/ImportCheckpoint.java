package org.bksbbridge.imports;

import java.io.Serializable;

/** How far the reader got: rows handed out in committed chunks. A restart skips that many. */
public record ImportCheckpoint(long rowsRead) implements Serializable {}
