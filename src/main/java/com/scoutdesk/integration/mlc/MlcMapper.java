package com.scoutdesk.integration.mlc;

import com.scoutdesk.integration.mlc.dto.PublisherDto;
import com.scoutdesk.integration.mlc.dto.WorkDto;
import com.scoutdesk.integration.mlc.dto.WorkMatchDto;
import com.scoutdesk.integration.mlc.dto.WriterDto;
import com.scoutdesk.model.id.IpiNameNumber;
import com.scoutdesk.model.id.Iswc;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The MLC's DTOs as model records. Identifiers are checked with the model's types: an IPI or ISWC that fails its
 * check digits is dropped (null) rather than stored wrong. IPIs the MLC sends without their leading zeros are padded
 * back to 11 digits, which the check digits then confirm or refuse.
 */
final class MlcMapper {

    private static final int IPI_DIGITS = 11;

    private MlcMapper() {
    }

    static MlcWork work(WorkDto dto, String askedCode) {
        String code = dto.mlcSongCode() == null || dto.mlcSongCode().isBlank() ? askedCode : dto.mlcSongCode();
        List<MlcWriter> writers = nonNull(dto.writers()).stream().map(MlcMapper::writer)
                .filter(w -> !w.name().isEmpty()).toList();
        List<MlcPublisher> publishers = nonNull(dto.publishers()).stream()
                .filter(p -> p.publisherName() != null && !p.publisherName().isBlank())
                .map(MlcMapper::publisher).toList();
        return new MlcWork(code, dto.primaryTitle(), iswc(dto.iswc()), writers, publishers);
    }

    static MlcWorkMatch match(WorkMatchDto dto) {
        return new MlcWorkMatch(dto.mlcSongCode(), dto.workTitle(), iswc(dto.iswc()));
    }

    private static MlcWriter writer(WriterDto dto) {
        String name = Stream.of(dto.writerFirstName(), dto.writerLastName())
                .filter(s -> s != null && !s.isBlank()).map(String::strip)
                .reduce((a, b) -> a + " " + b).orElse("");
        return new MlcWriter(name, ipi(dto.writerIpi()), dto.writerRoleCode());
    }

    private static MlcPublisher publisher(PublisherDto dto) {
        List<MlcPublisher> controllers = new ArrayList<>();
        Stream.concat(nonNull(dto.administrators()).stream(), nonNull(dto.parentPublishers()).stream())
                .filter(p -> p.publisherName() != null && !p.publisherName().isBlank())
                .map(p -> new MlcPublisher(p.publisherName().strip(), ipi(p.publisherIpiNumber()),
                        p.collectionShare(), List.of()))
                .forEach(controllers::add);
        return new MlcPublisher(dto.publisherName().strip(), ipi(dto.publisherIpiNumber()), dto.collectionShare(),
                controllers);
    }

    static IpiNameNumber ipi(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.strip();
        if (text.matches("[0-9]{1,10}")) {
            text = "0".repeat(IPI_DIGITS - text.length()) + text;
        }
        return IpiNameNumber.isValid(text) ? IpiNameNumber.parse(text) : null;
    }

    static Iswc iswc(String raw) {
        return raw != null && Iswc.isValid(raw) ? Iswc.parse(raw) : null;
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list.stream().filter(x -> x != null).toList();
    }
}
