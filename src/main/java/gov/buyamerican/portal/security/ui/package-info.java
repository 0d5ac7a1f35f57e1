/** Login, user administration and the change-password dialog (used by the application shell). */
@org.springframework.modulith.NamedInterface("ui")
package gov.buyamerican.portal.security.ui;
