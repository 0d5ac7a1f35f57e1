/**
 * The shared kernel: clock, paging, errors and the application shell used by every module.
 * An open module: other modules may use any of its sub-packages.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package gov.buyamerican.portal.shared;
