package org.bksbbridge.web;

/** What an error page says, per status; fixed texts, so nothing from the request is echoed. */
record ErrorPage(String title, String text, String apiMessage) {
  /** The database cannot be reached: nothing is wrong with the request, nor lost. */
  static final ErrorPage DATABASE_AWAY =
      new ErrorPage(
          "The database is not available",
          "bksb-bridge cannot reach its database just now (it may be restarting or failing over)."
              + " Nothing you saved is lost. Try again in a minute; jobs cut off by it are failed"
              + " and the scheduled ones restarted once it is back.",
          "the database is not available just now; try again in a minute");

  static ErrorPage of(int status) {
    return switch (status) {
      case 400 ->
          new ErrorPage(
              "This request could not be used",
              "The page may have expired or been changed on the way. Open it again from the"
                  + " start page.",
              "bad request");
      case 403 -> new ErrorPage("Not allowed", "Your account may not open this page.", "forbidden");
      case 404 -> new ErrorPage("Not found", "There is no page at this address.", "not found");
      case 405 ->
          new ErrorPage(
              "Not possible",
              "This address does not accept this kind of request.",
              "method not allowed");
      case 413 ->
          new ErrorPage(
              "Too large",
              "What was sent is larger than this server accepts.",
              "the body is larger than this server accepts");
      case 415 ->
          new ErrorPage(
              "Not understood",
              "This address does not accept this kind of content.",
              "unsupported media type");
      case 406 ->
          new ErrorPage(
              "Not possible",
              "This address cannot answer in the form that was asked for.",
              "not acceptable");
      case 503 ->
          new ErrorPage(
              "Not available",
              "This server cannot answer just now. Try again in a minute.",
              "service unavailable");
      default ->
          status < 500
              ? new ErrorPage(
                  "This request could not be used",
                  "Open the page again from the start page.",
                  "request refused")
              : new ErrorPage(
                  "Something went wrong",
                  "The server could not finish this request. The server log has the details.",
                  "internal error; the server log has the details");
    };
  }

  String html(String contextPath) {
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>"
        + title
        + " - bksb-bridge</title><link rel=\"stylesheet\" href=\""
        + contextPath
        + "/css/app.css\"></head>\n<body><main><h1>"
        + title
        + "</h1><p>"
        + text
        + " <a href=\""
        + contextPath
        + "/\">Back to the start</a></p></main></body></html>\n";
  }
}
