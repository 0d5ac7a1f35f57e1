package gov.buyamerican.portal.reporting;

import java.time.LocalDate;

/** Filters of the compliance exceptions list; null fields do not filter. Dates are purchase dates, inclusive. */
public record ExceptionFilter(LocalDate from, LocalDate to, Long officeId, Channel channel, Long vendorId) {

    public static ExceptionFilter none() {
        return new ExceptionFilter(null, null, null, null, null);
    }
}
