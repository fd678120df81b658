package com.customerhealth.monitoring;

import java.util.List;

/**
 * Rows as RFC 4180 CSV that a spreadsheet opens as data, never as formulas: a text cell beginning with
 * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, since a
 * customer's name comes from the helpdesk and anyone can choose it. Numbers are written as they are.
 *
 * <pre>{@code
 * String line = CsvTable.line(List.of("c-1", "=HYPERLINK(\"x\")", 42)); // c-1,"'=HYPERLINK(""x"")",42\r\n
 * }</pre>
 */
final class CsvTable {

    private CsvTable() {
    }

    /** One line of {@code cells}, ended by CRLF; a {@code null} cell is empty. */
    static String line(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            Object cell = cells.get(i);
            if (cell instanceof Number number) {
                line.append(number);
            } else if (cell != null) {
                line.append(quoted(guarded(cell.toString())));
            }
        }
        return line.append("\r\n").toString();
    }

    private static String guarded(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }

    private static String quoted(String text) {
        boolean plain = text.chars().noneMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return plain ? text : '"' + text.replace("\"", "\"\"") + '"';
    }
}
