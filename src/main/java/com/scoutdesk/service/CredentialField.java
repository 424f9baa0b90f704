package com.scoutdesk.service;

/**
 * One value a provider needs, as a front end asks for it.
 *
 * @param name   the setting's name, e.g. SPOTIFY_CLIENT_SECRET (also SCOUTDESK_ + name in the environment)
 * @param label  what to ask for, e.g. "client secret"
 * @param secret whether the value must be typed without echo and never shown
 */
public record CredentialField(String name, String label, boolean secret) {
}
