package com.customerhealth.events;

/** The store cannot take events now; nothing of the request was half applied and it may be sent again. */
public class StoreUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public StoreUnavailableException(Throwable cause) {
        super("The store is unavailable: " + cause.getMessage(), cause);
    }
}
