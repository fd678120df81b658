package com.customerhealth.monitoring;

import com.customerhealth.scoring.ChangeCause;
import com.customerhealth.scoring.Health;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A history point as the store keeps it, with what the portfolio's trend counts: whether it is its
 * subject's last point of its UTC day, the band at the end of the day before, and whether the day ended
 * in another band.
 */
@Entity
@Table(name = "score_point")
@IdClass(ScorePointKey.class)
public class ScorePoint {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Id
    @Column(name = "tenant_id", length = 64)
    private String tenantId;

    /** {@code customer} or {@code company}. */
    @Id
    @Column(name = "subject_kind", length = 8)
    private String subjectKind;

    @Id
    @Column(name = "subject_id", length = 128)
    private String subjectId;

    /** Epoch milliseconds: a key of its own, read with no conversion. */
    @Id
    @Column(name = "point_at")
    private long at;

    @Column(name = "point_day", nullable = false)
    private int day;

    @Column(name = "score")
    private Integer score;

    @Column(name = "health", length = 16, nullable = false)
    private String health;

    @Column(name = "tickets", nullable = false)
    private int tickets;

    /** The parameters' values, a JSON object by key. */
    @Lob
    @Column(name = "parameters")
    private String parameters;

    @Column(name = "kind", length = 16, nullable = false)
    private String kind;

    @Column(name = "reference", length = 255)
    private String reference;

    /** The cause's text key and arguments, a JSON array. */
    @Lob
    @Column(name = "words")
    private String words;

    @Column(name = "day_last", nullable = false)
    private boolean dayLast;

    @Column(name = "band_before", length = 16)
    private String bandBefore;

    @Column(name = "band_moved", nullable = false)
    private boolean bandMoved;

    protected ScorePoint() {
    }

    /** {@code point} of {@code subjectId}, the last of its day, after a day that ended in {@code bandBefore} (or none). */
    ScorePoint(String tenantId, String subjectKind, String subjectId, HistoryPoint point, String bandBefore) {
        this.tenantId = tenantId;
        this.subjectKind = subjectKind;
        this.subjectId = subjectId;
        this.at = point.at().toEpochMilli();
        this.day = point.day();
        this.score = point.score();
        this.health = point.health().key();
        this.tickets = point.tickets();
        this.parameters = values(point.parameters()).toString();
        this.kind = point.cause().kind();
        this.reference = point.cause().reference();
        JsonArrayBuilder text = JSON.createArrayBuilder().add(point.cause().textKey());
        point.cause().arguments().forEach(text::add);
        this.words = text.build().toString();
        this.bandBefore = bandBefore;
        markDayLast(true);
    }

    /** {@code parameters} as a JSON object by key, no data as null: as it is kept, and as the API answers it. */
    static JsonObject values(Map<String, Double> parameters) {
        JsonObjectBuilder values = JSON.createObjectBuilder();
        parameters.forEach((key, value) -> {
            if (value == null) {
                values.addNull(key);
            } else {
                values.add(key, value);
            }
        });
        return values.build();
    }

    /** Whether this is the last point of its day, and so what the trend counts of it. */
    void markDayLast(boolean last) {
        dayLast = last;
        bandMoved = last && (bandBefore == null || !bandBefore.equals(health));
    }

    /** Makes this the first point of its subject's history, as retention leaves it. */
    void beginHistory() {
        bandBefore = null;
        markDayLast(true);
    }

    String subjectId() {
        return subjectId;
    }

    Instant at() {
        return Instant.ofEpochMilli(at);
    }

    int day() {
        return day;
    }

    String health() {
        return health;
    }

    String bandBefore() {
        return bandBefore;
    }

    /** The point as it was kept. */
    HistoryPoint point() {
        return point(at, score, health, tickets, parameters, kind, reference, words);
    }

    /**
     * A point from the columns it is kept in, for reads that need no entity: epoch milliseconds {@code at},
     * the parameters' JSON object and the cause's words as a JSON array.
     */
    static HistoryPoint point(long at, Integer score, String health, int tickets, String parameters, String kind,
                              String reference, String words) {
        Map<String, Double> values = new LinkedHashMap<>();
        if (parameters != null) {
            try (var reader = JSON.createReader(new StringReader(parameters))) {
                JsonObject object = reader.readObject();
                object.forEach((key, value) -> values.put(key,
                        value.getValueType() == JsonValue.ValueType.NUMBER ? ((JsonNumber) value).doubleValue() : null));
            }
        }
        List<String> text = new ArrayList<>();
        try (var reader = JSON.createReader(new StringReader(words))) {
            JsonArray array = reader.readArray();
            array.forEach(value -> text.add(value.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) value).getString() : value.toString()));
        }
        return new HistoryPoint(Instant.ofEpochMilli(at), score, Health.fromKey(health), tickets, values,
                new ChangeCause(kind, reference, text.get(0), text.subList(1, text.size())));
    }
}
