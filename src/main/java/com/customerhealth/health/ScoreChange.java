package com.customerhealth.health;

import com.customerhealth.platform.Texts;
import com.customerhealth.scoring.ChangeCause;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;

/** The last change of a stored score: when, from which score, and what caused it. */
@Embeddable
public class ScoreChange {

    /** Looked up once: {@code Json.create…} searches the class path for a provider on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Column(name = "changed_at")
    private Instant changedAt;

    @Column(name = "previous_score")
    private Integer previousScore;

    @Column(name = "change_kind", length = 16)
    private String kind;

    @Column(name = "change_reference", length = 255)
    private String reference;

    /** The cause in English, as the API answers it; the only words a score changed before version 10 has. */
    @Column(name = "change_summary", length = 500)
    private String summary;

    /** The cause in no language: a JSON array of its text key and the arguments, for each reader's language. */
    @Column(name = "change_words")
    private String words;

    /** Keys of the parameters whose value or band moved, comma separated. */
    @Column(name = "changed_parameters", length = 255)
    private String parameters;

    protected ScoreChange() {
    }

    ScoreChange(Instant changedAt, Integer previousScore, ChangeCause cause, String parameters) {
        this.changedAt = changedAt;
        this.previousScore = previousScore;
        this.kind = cause.kind();
        this.reference = cause.reference();
        this.summary = Texts.english().format(cause.textKey(), cause.arguments().toArray());
        JsonArrayBuilder words = JSON.createArrayBuilder().add(cause.textKey());
        cause.arguments().forEach(words::add);
        this.words = words.build().toString();
        this.parameters = parameters;
    }

    public Instant changedAt() {
        return changedAt;
    }

    public Integer previousScore() {
        return previousScore;
    }

    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }

    public String summary() {
        return summary;
    }

    /**
     * The cause as its text key followed by the arguments, read from the store once per call; {@code null}
     * for a change stored before causes were kept in words.
     */
    public List<String> words() {
        if (words == null) {
            return null;
        }
        try (var reader = JSON.createReader(new StringReader(words))) {
            JsonArray array = reader.readArray();
            return array.stream().map(value -> value.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) value).getString() : value.toString()).toList();
        }
    }

    public String parameters() {
        return parameters;
    }
}
