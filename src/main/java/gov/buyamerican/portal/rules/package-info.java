/**
 * The regulatory rules as plain Java, without any framework, so that they can be tested exhaustively and read by a
 * compliance officer: {@code domesticcontent} (the FAR 25 domestic content test) and {@code waiver} (the waiver state
 * machine, decision authority, unreasonable-cost evaluation, business days, the Made in America Office list format).
 * Every module may use them; they use nothing of the application. Numbers a regulation sets come in as parameters
 * from the dated reference table.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package gov.buyamerican.portal.rules;
