package com.scoutdesk.service;

/** What a request named (a playlist number, a track id) is not in the workspace. */
public class NotFoundException extends UseCaseException {

    public NotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
