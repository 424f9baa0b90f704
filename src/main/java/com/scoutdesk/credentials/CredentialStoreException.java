package com.scoutdesk.credentials;

/** The credential store could not be read or written; the message says which store and never holds a value. */
public final class CredentialStoreException extends RuntimeException {

    public CredentialStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
