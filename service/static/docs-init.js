// Start Swagger UI on /openapi.json (a file, not an inline script: the CSP allows only 'self' scripts).
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui", deepLinking: true });
