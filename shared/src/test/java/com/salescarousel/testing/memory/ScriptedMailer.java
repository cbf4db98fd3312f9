package com.salescarousel.testing.memory;

import com.salescarousel.send.Mailer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The mail service, answering each call as scripted (then {@link Answer#OK} once the script runs
 * out): the faults SES can give the sender, in the order the test wants them. Thread-safe.
 */
public final class ScriptedMailer implements Mailer {
    /** What the next call gets. */
    public enum Answer {
        OK,
        /** 429: not accepted, try later. */
        THROTTLE,
        /** 5xx: not accepted, try later. */
        SERVER_ERROR,
        /** Never accepted as it is (bad address, unverified sender). */
        REJECT,
        /** Accepted, but the answer was lost: the sender cannot know it went out. */
        NO_ANSWER,
        /** Accepted, then the worker died before it recorded anything. */
        ACCEPT_THEN_CRASH
    }

    private final List<Mail> accepted = new ArrayList<>();
    private final Deque<Answer> script = new ArrayDeque<>();
    private volatile Runnable beforeReturning = () -> {};

    /** Queues answers for the next calls, in order. */
    public synchronized ScriptedMailer then(Answer... answers) {
        script.addAll(List.of(answers));
        return this;
    }

    /** Runs after a mail is accepted, before its message id is returned (another device acting meanwhile). */
    public void beforeReturning(Runnable r) {
        beforeReturning = r;
    }

    /** Every mail the service took, in order, including ones whose answer was lost. */
    public synchronized List<Mail> accepted() {
        return List.copyOf(accepted);
    }

    public List<String> recipients() {
        return accepted().stream().map(Mail::to).toList();
    }

    @Override
    public String send(Mail mail) throws Retryable, Rejected, Unknown {
        String id;
        synchronized (this) {
            Answer next = script.isEmpty() ? Answer.OK : script.pop();
            switch (next) {
                case THROTTLE -> throw new Retryable("TooManyRequestsException (429)", null);
                case SERVER_ERROR -> throw new Retryable("InternalFailure (500)", null);
                case REJECT -> throw new Rejected("MessageRejected", null);
                case NO_ANSWER -> {
                    accepted.add(mail);
                    throw new Unknown("connection reset after the request was sent", null);
                }
                case ACCEPT_THEN_CRASH -> {
                    accepted.add(mail);
                    throw new IllegalStateException("the worker died right after SES accepted the mail");
                }
                case OK -> accepted.add(mail);
            }
            id = "ses-" + accepted.size();
        }
        beforeReturning.run();
        return id;
    }
}
