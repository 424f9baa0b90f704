package com.scoutdesk.enrichment.stages;

import com.scoutdesk.integration.mlc.MlcPublisher;
import com.scoutdesk.integration.mlc.MlcWork;
import com.scoutdesk.integration.mlc.MlcWriter;
import com.scoutdesk.model.PublisherStatus;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Tells what kind of publishing a work registered at The MLC has. Pure; the rule, in order:
 * <ol>
 *     <li>no publisher listed: {@link PublisherStatus#UNPUBLISHED};</li>
 *     <li>each publisher is a <em>major</em> when its name or an administrator's or parent's name is one of the
 *     majors' publishing arms ({@link PublisherNames#MAJORS}); else <em>self-published</em> when, without the
 *     company words ("Music", "Publishing", "Songs Of", "LLC" ...), its name is a writer's or an artist's full name,
 *     or a writer's last name of four letters or more; else <em>independent</em>;</li>
 *     <li>any major: {@link PublisherStatus#MAJOR}, since a major holding even a share controls licensing of the
 *     song (the score takes a split by its most signed part); all of one kind: that kind; independent and
 *     self-published together: {@link PublisherStatus#SPLIT}.</li>
 * </ol>
 * The registered share is the sum of the publishers' collection shares, an administrator's share standing in for a
 * publisher that has none, capped at 100; null when The MLC gives no share at all.
 */
public final class PublisherClassifier {

    private static final int MIN_LAST_NAME = 4;
    private static final int NAMES_LENGTH = 500;

    /** The classifier's answer; {@code names} is what the publisher column shows, null when there is none. */
    public record Verdict(PublisherStatus status, Double registeredShare, String names) {
    }

    private enum Kind { SELF, INDIE, MAJOR }

    private PublisherClassifier() {
    }

    /** @param artistNames the track's artists, whose own companies count as self-publishing too */
    public static Verdict classify(MlcWork work, List<String> artistNames) {
        List<MlcPublisher> publishers = work.publishers();
        if (publishers.isEmpty()) {
            return new Verdict(PublisherStatus.UNPUBLISHED, 0.0, null);
        }
        Set<String> ownNames = ownNames(work.writers(), artistNames);
        Set<String> lastNames = work.writers().stream().map(w -> PublisherNames.normalise(w.name()))
                .map(n -> n.substring(n.lastIndexOf(' ') + 1)).filter(n -> n.length() >= MIN_LAST_NAME)
                .collect(Collectors.toSet());
        Set<Kind> kinds = EnumSet.noneOf(Kind.class);
        for (MlcPublisher p : publishers) {
            kinds.add(kind(p, ownNames, lastNames));
        }
        PublisherStatus status;
        if (kinds.contains(Kind.MAJOR)) {
            status = PublisherStatus.MAJOR;
        } else if (kinds.size() > 1) {
            status = PublisherStatus.SPLIT;
        } else {
            status = kinds.contains(Kind.SELF) ? PublisherStatus.SELF_PUBLISHED : PublisherStatus.INDIE;
        }
        return new Verdict(status, share(publishers), names(publishers));
    }

    private static Kind kind(MlcPublisher p, Set<String> ownNames, Set<String> lastNames) {
        if (PublisherNames.isMajor(p.name()) || p.administrators().stream().anyMatch(a -> PublisherNames.isMajor(
                a.name()))) {
            return Kind.MAJOR;
        }
        String core = PublisherNames.core(p.name());
        return !core.isEmpty() && (ownNames.contains(core) || lastNames.contains(core)) ? Kind.SELF : Kind.INDIE;
    }

    private static Set<String> ownNames(List<MlcWriter> writers, List<String> artistNames) {
        List<String> names = new ArrayList<>(artistNames);
        writers.forEach(w -> names.add(w.name()));
        return names.stream().map(PublisherNames::normalise).filter(n -> !n.isEmpty()).collect(Collectors.toSet());
    }

    private static Double share(List<MlcPublisher> publishers) {
        BigDecimal total = BigDecimal.ZERO;
        boolean any = false;
        for (MlcPublisher p : publishers) {
            Double own = p.share();
            if (own == null || own <= 0) {
                own = p.administrators().stream().map(MlcPublisher::share).filter(s -> s != null && s > 0)
                        .reduce(Double::sum).orElse(own);
            }
            if (own != null) {
                any = true;
                total = total.add(BigDecimal.valueOf(own));
            }
        }
        if (!any) {
            return null;
        }
        return total.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP)
                .doubleValue();
    }

    private static String names(List<MlcPublisher> publishers) {
        String names = publishers.stream().map(p -> p.administrators().isEmpty() ? p.name()
                        : p.name() + " (" + p.administrators().stream().map(MlcPublisher::name)
                        .collect(Collectors.joining(", ")) + ")")
                .distinct().collect(Collectors.joining("; "));
        return names.length() <= NAMES_LENGTH ? names : names.substring(0, NAMES_LENGTH - 1) + "…";
    }
}
