package org.bksbbridge.imports;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Cuts the top-level array of a JSON text into the texts of its elements, tracking only strings and
 * bracket depth. Whether an element is valid JSON is left to a parser, one element at a time: a
 * streaming parser stops for good at the first syntax error, this goes on to the next comma.
 */
final class JsonItems implements Closeable {
  /** An element's text, or why it has none. */
  record Item(String text, String problem) {}

  private final Reader in;
  private final int maxChars;
  private boolean ended;

  JsonItems(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /**
   * @return whether the text starts with '[' (after white space and a byte order mark)
   */
  boolean openArray() throws IOException {
    int c = skipSpace(in.read());
    if (c == '\uFEFF') {
      c = skipSpace(in.read());
    }
    return c == '[';
  }

  /**
   * @return the next element, or null after the closing ']' or at the end of the text
   */
  Item next() throws IOException {
    if (ended) {
      return null;
    }
    StringBuilder text = new StringBuilder();
    int depth = 0;
    boolean inString = false;
    boolean escaped = false;
    boolean tooLong = false;
    int c = skipSpace(in.read());
    if (c == ']') {
      ended = true;
      return null;
    }
    while (true) {
      if (c < 0) {
        if (text.isEmpty() && !tooLong) {
          ended = true;
          return new Item(null, "is missing: the file ends without the array's closing ]");
        }
        if (depth == 0 && !inString) {
          // A whole element; the next call reports the missing ']'.
          return item(text, tooLong);
        }
        ended = true;
        return new Item(null, "is cut off: the file ends inside it (is the file truncated?)");
      }
      if (inString) {
        if (escaped) {
          escaped = false;
        } else if (c == '\\') {
          escaped = true;
        } else if (c == '"') {
          inString = false;
        }
      } else if (c == '"') {
        inString = true;
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == ']' && depth == 0) {
        ended = true;
        return item(text, tooLong);
      } else if ((c == '}' || c == ']') && depth > 0) {
        // A stray '}' at depth 0 stays in the element's text, for the parser to refuse.
        depth--;
      } else if (c == ',' && depth == 0) {
        return item(text, tooLong);
      }
      if (text.length() < maxChars) {
        text.append((char) c);
      } else {
        tooLong = true;
      }
      c = in.read();
    }
  }

  private Item item(StringBuilder text, boolean tooLong) {
    if (tooLong) {
      return new Item(null, "is longer than " + maxChars + " characters");
    }
    if (text.isEmpty()) {
      return new Item(null, "is empty: two commas in a row, or a comma before the closing ]");
    }
    return new Item(text.toString(), null);
  }

  private int skipSpace(int c) throws IOException {
    while (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      c = in.read();
    }
    return c;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
