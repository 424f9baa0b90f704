package com.scoutdesk.ui.outreach;

import com.scoutdesk.concurrent.TaskExecutor;
import com.scoutdesk.service.OutreachResult;
import com.scoutdesk.service.OutreachService;
import com.scoutdesk.ui.common.ErrorMessages;
import com.scoutdesk.ui.common.I18n;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One outreach brief as the dialog shows it: written in the background by the language model when one is set (its
 * pieces appended as they stream in), else built offline; cancellable; and, when the model fails, the offline brief
 * with a notice saying why. Nothing here waits on the FX thread.
 */
public final class OutreachViewModel {

    private final OutreachService outreach;
    private final TaskExecutor executor;
    private final Consumer<Runnable> onFx;
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyBooleanWrapper writing = new ReadOnlyBooleanWrapper(this, "writing");
    private final ReadOnlyBooleanWrapper modelWritten = new ReadOnlyBooleanWrapper(this, "modelWritten");
    private OutreachResult result;
    private final AtomicBoolean cancelled = new AtomicBoolean();

    /** @param onFx runs a streamed piece on the FX thread ({@code Platform::runLater} in the window) */
    public OutreachViewModel(OutreachService outreach, TaskExecutor executor, Consumer<Runnable> onFx) {
        this.outreach = Objects.requireNonNull(outreach);
        this.executor = Objects.requireNonNull(executor);
        this.onFx = Objects.requireNonNull(onFx);
    }

    /** Writes the brief of the track; its text grows as the model streams it. */
    public void start(long trackId) {
        cancelled.set(false);
        text.set("");
        notice.set("");
        writing.set(true);
        status.set(I18n.tr("outreach.status.writing"));
        executor.submit("outreach-brief", () -> outreach.write(trackId,
                piece -> onFx.accept(() -> {
                    if (!cancelled.get()) {
                        text.set(text.get() + piece);
                    }
                }), cancelled::get), this::finished, this::failed);
    }

    private void finished(OutreachResult result) {
        this.result = result;
        writing.set(false);
        modelWritten.set(result.source() == OutreachResult.Source.MODEL);
        text.set(result.text());
        notice.set(result.noticeText().orElse(""));
        status.set(I18n.tr(switch (result.source()) {
            case MODEL -> "outreach.status.model";
            case OFFLINE_NO_ENDPOINT -> "outreach.status.offline";
            case OFFLINE_AFTER_FAILURE -> "outreach.status.fallback";
        }));
    }

    private void failed(Throwable error) {
        writing.set(false);
        if (error instanceof CancellationException) {
            status.set(I18n.tr("outreach.status.cancelled"));
        } else {
            status.set(ErrorMessages.of(error));
        }
    }

    /** Shows the brief built from the data in place of the model's wording of it. */
    public void showOffline() {
        if (result != null) {
            text.set(result.offline().text());
            status.set(I18n.tr("outreach.status.fallback"));
            modelWritten.set(false);
        }
    }

    /** True while the model's brief is shown, so the offline one can be asked for. */
    public ReadOnlyBooleanProperty modelWrittenProperty() {
        return modelWritten.getReadOnlyProperty();
    }

    /** Stops the model's writing; the text written so far stays. */
    public void cancel() {
        cancelled.set(true);
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    /** Which brief this is (model-written, offline) or that it is being written. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the model's brief was replaced by the offline one; empty otherwise. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty writingProperty() {
        return writing.getReadOnlyProperty();
    }
}
