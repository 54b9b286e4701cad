package app.parley.ui;

import java.time.format.DateTimeFormatter;
import javafx.scene.control.DatePicker;
import javafx.util.converter.LocalDateStringConverter;

/**
 * A date picker that shows and reads dates as YYYY-MM-DD, as the rest of the window and the file write them, whatever
 * the computer's language (8/8/2025 and 08/08/2025 read differently on either side of the Atlantic).
 */
final class IsoDatePicker extends DatePicker {

    /** The format shown and read. */
    static final DateTimeFormatter FORMAT = DateTimeFormatter.ISO_LOCAL_DATE;

    IsoDatePicker() {
        setConverter(new LocalDateStringConverter(FORMAT, FORMAT));
    }
}
