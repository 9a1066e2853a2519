package org.lianggang.catalog;

/** A configuration file under {@code schemas/} is malformed or inconsistent; the message names the file and the fix. */
public class CatalogException extends RuntimeException {

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
