package org.duban.importing.table;

/**
 * Something a reader skipped, merged or guessed while reading a table, for a person to check.
 *
 * @param location where: "第37行", "Sheet1!A9", or "表头"
 * @param message  short, clear, usually Chinese
 */
public record TableWarning(String location, String message) {
}
