package com.scoutdesk.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A track's audio features as Spotify computes them (0..1 scores, tempo in BPM, loudness in dB, pitch class 0-11,
 * mode 1 major / 0 minor). Each is null until known; Spotify closed the endpoint to newer apps, so null is common.
 */
@Embeddable
public class AudioFeatures {

    @Column(name = "danceability")
    private Double danceability;

    @Column(name = "energy")
    private Double energy;

    @Column(name = "valence")
    private Double valence;

    @Column(name = "tempo")
    private Double tempo;

    @Column(name = "acousticness")
    private Double acousticness;

    @Column(name = "instrumentalness")
    private Double instrumentalness;

    @Column(name = "speechiness")
    private Double speechiness;

    @Column(name = "liveness")
    private Double liveness;

    @Column(name = "loudness")
    private Double loudness;

    @Column(name = "musical_key")
    private Integer musicalKey;

    @Column(name = "musical_mode")
    private Integer musicalMode;

    @Column(name = "time_signature")
    private Integer timeSignature;

    public Double getDanceability() {
        return danceability;
    }

    public void setDanceability(Double danceability) {
        this.danceability = danceability;
    }

    public Double getEnergy() {
        return energy;
    }

    public void setEnergy(Double energy) {
        this.energy = energy;
    }

    public Double getValence() {
        return valence;
    }

    public void setValence(Double valence) {
        this.valence = valence;
    }

    public Double getTempo() {
        return tempo;
    }

    public void setTempo(Double tempo) {
        this.tempo = tempo;
    }

    public Double getAcousticness() {
        return acousticness;
    }

    public void setAcousticness(Double acousticness) {
        this.acousticness = acousticness;
    }

    public Double getInstrumentalness() {
        return instrumentalness;
    }

    public void setInstrumentalness(Double instrumentalness) {
        this.instrumentalness = instrumentalness;
    }

    public Double getSpeechiness() {
        return speechiness;
    }

    public void setSpeechiness(Double speechiness) {
        this.speechiness = speechiness;
    }

    public Double getLiveness() {
        return liveness;
    }

    public void setLiveness(Double liveness) {
        this.liveness = liveness;
    }

    public Double getLoudness() {
        return loudness;
    }

    public void setLoudness(Double loudness) {
        this.loudness = loudness;
    }

    public Integer getMusicalKey() {
        return musicalKey;
    }

    public void setMusicalKey(Integer musicalKey) {
        this.musicalKey = musicalKey;
    }

    public Integer getMusicalMode() {
        return musicalMode;
    }

    public void setMusicalMode(Integer musicalMode) {
        this.musicalMode = musicalMode;
    }

    public Integer getTimeSignature() {
        return timeSignature;
    }

    public void setTimeSignature(Integer timeSignature) {
        this.timeSignature = timeSignature;
    }
}
