package com.scoutdesk.model;

/** The links of a person a scout reaches out through, each a column of {@code person}. */
public enum SocialLink {
    INSTAGRAM, X, TIKTOK, FACEBOOK, YOUTUBE, BANDCAMP, SOUNDCLOUD, WEBSITE, WIKIPEDIA
}
