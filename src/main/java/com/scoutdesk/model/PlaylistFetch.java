package com.scoutdesk.model;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** One attempt to read a playlist: its source, outcome, counts and the adds and drops it found. */
@Entity
@Table(name = "playlist_fetch")
public class PlaylistFetch {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "playlist_fetch_seq")
    @SequenceGenerator(name = "playlist_fetch_seq", sequenceName = "playlist_fetch_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "playlist_id", nullable = false)
    private Playlist playlist;

    @Column(name = "week_start", nullable = false)
    private LocalDate weekStart;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "finished_at", nullable = false)
    private Instant finishedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "source")
    private FetchMethod source;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    private FetchOutcome outcome;

    @Column(name = "items_expected")
    private Integer itemsExpected;

    @Column(name = "items_read", nullable = false)
    private int itemsRead;

    @Column(name = "skipped_unavailable", nullable = false)
    private int skippedUnavailable;

    @Column(name = "skipped_local", nullable = false)
    private int skippedLocal;

    @Column(name = "added_count")
    private Integer addedCount;

    @Column(name = "dropped_count")
    private Integer droppedCount;

    @Column(name = "message")
    private String message;

    /** For a complete fetch, the tracks it saw: the baseline for the next fetch's adds and drops. */
    @ElementCollection
    @CollectionTable(name = "playlist_fetch_track", joinColumns = @JoinColumn(name = "fetch_id"))
    @Column(name = "track_id")
    private Set<Long> trackIds = new HashSet<>();

    public Long getId() {
        return id;
    }

    public Playlist getPlaylist() {
        return playlist;
    }

    public void setPlaylist(Playlist playlist) {
        this.playlist = playlist;
    }

    public LocalDate getWeekStart() {
        return weekStart;
    }

    public void setWeekStart(LocalDate weekStart) {
        this.weekStart = weekStart;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public void setStartedAt(Instant startedAt) {
        this.startedAt = startedAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public void setFinishedAt(Instant finishedAt) {
        this.finishedAt = finishedAt;
    }

    public FetchMethod getSource() {
        return source;
    }

    public void setSource(FetchMethod source) {
        this.source = source;
    }

    public FetchOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(FetchOutcome outcome) {
        this.outcome = outcome;
    }

    public Integer getItemsExpected() {
        return itemsExpected;
    }

    public void setItemsExpected(Integer itemsExpected) {
        this.itemsExpected = itemsExpected;
    }

    public int getItemsRead() {
        return itemsRead;
    }

    public void setItemsRead(int itemsRead) {
        this.itemsRead = itemsRead;
    }

    public int getSkippedUnavailable() {
        return skippedUnavailable;
    }

    public void setSkippedUnavailable(int skippedUnavailable) {
        this.skippedUnavailable = skippedUnavailable;
    }

    public int getSkippedLocal() {
        return skippedLocal;
    }

    public void setSkippedLocal(int skippedLocal) {
        this.skippedLocal = skippedLocal;
    }

    public Integer getAddedCount() {
        return addedCount;
    }

    public void setAddedCount(Integer addedCount) {
        this.addedCount = addedCount;
    }

    public Integer getDroppedCount() {
        return droppedCount;
    }

    public void setDroppedCount(Integer droppedCount) {
        this.droppedCount = droppedCount;
    }

    public String getMessage() {
        return message;
    }

    public void setMessage(String message) {
        this.message = message;
    }

    public Set<Long> getTrackIds() {
        return trackIds;
    }
}
