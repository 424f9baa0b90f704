package com.scoutdesk.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Why a track matters this week, as far as the workspace knows: the playlists it stood on, for how many weeks, the
 * newest add (the latest week a playlist took it for the first time), and its stream growth between the last two
 * weekly snapshots with a play count.
 *
 * @param playlists playlist names, newest add first
 * @param weeks     distinct weeks on any playlist
 * @param growth    empty until two weekly snapshots with streams exist
 */
record WhyNowFacts(List<String> playlists, int weeks, Optional<Add> newestAdd, Optional<Growth> growth) {

    /** The week a playlist first had the track. */
    record Add(String playlist, LocalDate week) {
    }

    /** Streams in two snapshot weeks, older first. */
    record Growth(LocalDate fromWeek, long fromStreams, LocalDate toWeek, long toStreams) {

        /** Percent change; empty when the older week had no streams to compare with. */
        Optional<Double> percent() {
            return fromStreams == 0 ? Optional.empty()
                    : Optional.of((toStreams - fromStreams) * 100.0 / fromStreams);
        }

        /**
         * "up 50.0% from the week of 2026-11-20 to the week of 2026-11-27 (1,000 to 1,500 streams)"; from none, "went
         * from 0 to 300 between the week of ... and the week of ...".
         */
        String describe() {
            return percent().map(p -> String.format(Locale.ROOT, "%s %.1f%% from the week of %s to the week of %s "
                    + "(%s to %s streams)", p < 0 ? "down" : "up", Math.abs(p), fromWeek, toWeek,
                    BriefSources.count(fromStreams), BriefSources.count(toStreams)))
                    .orElse("went from 0 to " + BriefSources.count(toStreams) + " between the week of " + fromWeek
                            + " and the week of " + toWeek);
        }
    }

    WhyNowFacts {
        playlists = List.copyOf(playlists);
    }

    static WhyNowFacts of(TrackHistory history) {
        Map<String, LocalDate> firstWeek = new LinkedHashMap<>();
        TreeSet<LocalDate> weeks = new TreeSet<>();
        for (PlaylistAppearance a : history.appearances()) {
            weeks.add(a.week());
            firstWeek.merge(a.playlistName(), a.week(), (x, y) -> x.isBefore(y) ? x : y);
        }
        List<Add> adds = new ArrayList<>();
        firstWeek.forEach((playlist, week) -> adds.add(new Add(playlist, week)));
        adds.sort(Comparator.comparing(Add::week).reversed().thenComparing(Add::playlist));
        return new WhyNowFacts(adds.stream().map(Add::playlist).toList(), weeks.size(), adds.stream().findFirst(),
                growth(history.snapshots()));
    }

    private static Optional<Growth> growth(List<WeeklySnapshot> snapshots) {
        List<WeeklySnapshot> counted = snapshots.stream().filter(s -> s.streams() != null).toList();
        if (counted.size() < 2) {
            return Optional.empty();
        }
        WeeklySnapshot from = counted.get(counted.size() - 2);
        WeeklySnapshot to = counted.get(counted.size() - 1);
        return Optional.of(new Growth(from.week(), from.streams(), to.week(), to.streams()));
    }

    /** The brief's "why now" lines. */
    List<String> lines() {
        List<String> lines = new ArrayList<>();
        if (playlists.isEmpty()) {
            lines.add("Not on any tracked playlist yet.");
        } else {
            lines.add("On " + plural(playlists.size(), "tracked playlist") + " over " + plural(weeks, "week") + ": "
                    + String.join(", ", playlists) + ".");
            newestAdd.ifPresent(add -> lines.add("Newest add: " + add.playlist() + ", week of " + add.week() + "."));
        }
        lines.add(growth.map(g -> "Streams " + g.describe() + ".")
                .orElse("No growth figure yet: it takes two weekly snapshots with a play count."));
        return lines;
    }

    static String plural(long n, String noun) {
        return BriefSources.count(n) + " " + noun + (n == 1 ? "" : "s");
    }
}
