package com.scoutdesk.ui.drawer;

import com.scoutdesk.model.CreditRole;
import com.scoutdesk.model.SocialLink;
import com.scoutdesk.service.PersonLinks;
import com.scoutdesk.service.TrackCredit;
import com.scoutdesk.service.TrackDetails;
import com.scoutdesk.service.TrackHistory;
import com.scoutdesk.ui.common.I18n;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;

/** Who is credited, grouped by role, and the links of each person (songwriters first) as clickable links. */
final class CreditsSection {

    private CreditsSection() {
    }

    static Node build(TrackDetails d, TrackHistory history, Consumer<String> openUrl) {
        if (d.credits().isEmpty()) {
            return Sections.section("drawer-credits", I18n.tr("drawer.section.credits"),
                    Sections.muted(I18n.tr("drawer.credits.none")));
        }
        Map<CreditRole, Set<String>> byRole = new EnumMap<>(CreditRole.class);
        for (TrackCredit credit : d.credits()) {
            byRole.computeIfAbsent(credit.role(), r -> new LinkedHashSet<>()).add(credit.personName());
        }
        GridPane roles = Sections.grid();
        byRole.forEach((role, names) -> Sections.row(roles, I18n.tr("drawer.role." + role.name()),
                Sections.wrapped(String.join(", ", names))));
        VBox body = new VBox(8, roles);
        Set<Long> songwriters = d.credits().stream().filter(c -> c.role().isSongwriter())
                .map(TrackCredit::personId).collect(Collectors.toSet());
        history.people().stream()
                .sorted((a, b) -> Boolean.compare(!songwriters.contains(a.personId()),
                        !songwriters.contains(b.personId())))
                .filter(p -> !p.links().isEmpty())
                .forEach(p -> body.getChildren().add(links(p, openUrl)));
        return Sections.section("drawer-credits", I18n.tr("drawer.section.credits"), body);
    }

    private static Node links(PersonLinks person, Consumer<String> openUrl) {
        FlowPane links = new FlowPane(4, 0);
        for (Map.Entry<SocialLink, String> link : person.links().entrySet()) {
            Hyperlink h = new Hyperlink(I18n.tr("drawer.social." + link.getKey().name()));
            h.setId("drawer-social-" + person.personId() + "-" + link.getKey().name().toLowerCase());
            String url = link.getValue();
            h.setOnAction(e -> openUrl.accept(url));
            links.getChildren().add(h);
        }
        return new VBox(0, Sections.small(I18n.tr("drawer.credits.socials", person.name())), links);
    }
}
