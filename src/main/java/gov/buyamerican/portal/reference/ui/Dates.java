package gov.buyamerican.portal.reference.ui;

import com.vaadin.flow.component.datepicker.DatePicker;

/** Date pickers that read and write ISO dates, as the rest of the portal shows them. */
final class Dates {

    private Dates() {
    }

    static DatePicker isoPicker(String label) {
        DatePicker picker = new DatePicker(label);
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormat("yyyy-MM-dd");
        picker.setI18n(i18n);
        picker.setPlaceholder("YYYY-MM-DD");
        return picker;
    }
}
