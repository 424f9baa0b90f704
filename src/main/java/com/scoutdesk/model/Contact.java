package com.scoutdesk.model;

import jakarta.persistence.Column;
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
import jakarta.persistence.Version;

import java.time.Instant;

/** The person a scout reaches out to, with the weekly aggregates of their tracks. */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_seq")
    @SequenceGenerator(name = "contact_seq", sequenceName = "contact_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = true)
    @JoinColumn(name = "person_id")
    private Person person;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "instagram_url")
    private String instagramUrl;

    @Column(name = "x_url")
    private String xUrl;

    @Column(name = "tiktok_url")
    private String tiktokUrl;

    @Column(name = "notes")
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage", nullable = false)
    private ContactStage stage;

    // The aggregates and the band are written only by the weekly performance job (performance.ContactAggregates),
    // with SQL: the entity reads them and never writes them back, so a contact edited while the job ran keeps both.
    @Column(name = "total_streams", insertable = false, updatable = false)
    private Long totalStreams;

    @Column(name = "total_youtube_views", insertable = false, updatable = false)
    private Long totalYoutubeViews;

    @Column(name = "avg_wow_growth_pct", insertable = false, updatable = false)
    private Double avgWowGrowthPct;

    @Column(name = "aggregates_at", insertable = false, updatable = false)
    private Instant aggregatesAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "hot_band", insertable = false, updatable = false)
    private HotBand hotBand;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    public Long getId() {
        return id;
    }

    public Person getPerson() {
        return person;
    }

    public void setPerson(Person person) {
        this.person = person;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getInstagramUrl() {
        return instagramUrl;
    }

    public void setInstagramUrl(String instagramUrl) {
        this.instagramUrl = instagramUrl;
    }

    public String getXUrl() {
        return xUrl;
    }

    public void setXUrl(String xUrl) {
        this.xUrl = xUrl;
    }

    public String getTiktokUrl() {
        return tiktokUrl;
    }

    public void setTiktokUrl(String tiktokUrl) {
        this.tiktokUrl = tiktokUrl;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public ContactStage getStage() {
        return stage;
    }

    public void setStage(ContactStage stage) {
        this.stage = stage;
    }

    public Long getTotalStreams() {
        return totalStreams;
    }

    public Long getTotalYoutubeViews() {
        return totalYoutubeViews;
    }

    public Double getAvgWowGrowthPct() {
        return avgWowGrowthPct;
    }

    public Instant getAggregatesAt() {
        return aggregatesAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(Instant createdAt) {
        this.createdAt = createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(Instant updatedAt) {
        this.updatedAt = updatedAt;
    }

    public HotBand getHotBand() {
        return hotBand;
    }
}
