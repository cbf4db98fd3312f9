package com.salescarousel.error;

import java.util.List;

/**
 * Bad input, with every bad field named: validation collects them all before throwing, so one
 * answer tells the client everything to fix. Nothing has been written when this is thrown.
 */
public final class Invalid extends Refused {
    private static final long serialVersionUID = 1L;

    private final transient List<FieldError> fields;

    public Invalid(List<FieldError> fields) {
        super(summary(fields));
        if (fields.isEmpty()) throw new IllegalArgumentException("an Invalid names at least one field");
        this.fields = List.copyOf(fields);
    }

    public static Invalid of(String field, String reason) {
        return new Invalid(List.of(new FieldError(field, reason)));
    }

    /** Throws the collected errors together; does nothing when there are none. */
    public static void throwIfAny(List<FieldError> fields) {
        if (!fields.isEmpty()) throw new Invalid(fields);
    }

    public List<FieldError> fields() {
        return fields;
    }

    private static String summary(List<FieldError> fields) {
        return fields.size() == 1
                ? fields.get(0).name() + ": " + fields.get(0).reason()
                : fields.size() + " fields are invalid: " + String.join(", ", fields.stream().map(FieldError::name).toList());
    }
}
