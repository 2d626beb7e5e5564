// Swagger UI over the application's own OpenAPI document (signed in, as this page is). A file of
// its own: the Content-Security-Policy allows scripts from this server, not inline ones we write.
// validatorUrl null: the document is never sent to swagger.io's online validator. deepLinking off:
// its links inside each operation's button are controls nested in a control (WCAG 4.1.2).
window.addEventListener("DOMContentLoaded", function () {
  window.ui = SwaggerUIBundle({
    url: "../api/v1/openapi",
    dom_id: "#swagger-ui",
    deepLinking: false,
    validatorUrl: null
  });
});
