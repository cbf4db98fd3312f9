package com.salescarousel.send;

import java.util.Map;

/** The port for handing an e-mail to the mail service (SES in AWS and in the local cloud). */
public interface Mailer {

    /** {@code replyTo}: where answers go (the rep, for a touch), null for the sender itself. */
    record Mail(String from, String to, String subject, String text, String html, Map<String, String> headers,
                Map<String, String> tags, String replyTo) {

        public Mail(String from, String to, String subject, String text, String html, Map<String, String> headers,
                    Map<String, String> tags) {
            this(from, to, subject, text, html, headers, tags, null);
        }
    }

    /** @return the mail service's message id */
    String send(Mail mail) throws Retryable, Rejected, Unknown;

    /** Not accepted, try later: throttling, a 5xx, a network error before SES answered. */
    final class Retryable extends Exception {
        private static final long serialVersionUID = 1L;
        public Retryable(String why, Throwable cause) {
            super(why, cause);
        }
    }

    /**
     * The request went out but no answer came back (a dropped connection, a read timeout): SES may
     * have taken the mail. Never retried automatically, because a retry could send it twice.
     */
    final class Unknown extends Exception {
        private static final long serialVersionUID = 1L;
        public Unknown(String why, Throwable cause) {
            super(why, cause);
        }
    }

    /** Not accepted and never will be as it is (bad address, rejected content). */
    final class Rejected extends Exception {
        private static final long serialVersionUID = 1L;
        public Rejected(String why, Throwable cause) {
            super(why, cause);
        }
    }
}
