package gov.buyamerican.portal.waiver.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers write dates as the rest of the portal does: ISO, 2026-11-24. */
final class IsoDates {

    private IsoDates() {
    }

    static DatePicker iso(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        picker.setPlaceholder("yyyy-mm-dd");
        return picker;
    }
}
