package app.parley.io;

import app.parley.model.Actor;
import app.parley.model.CardPosition;
import app.parley.model.Dataset;
import app.parley.model.DatasetIndex;
import app.parley.model.Quote;
import app.parley.model.Relation;
import app.parley.model.Role;
import app.parley.model.Side;
import app.parley.model.Source;
import app.parley.model.Span;
import app.parley.model.StoryStep;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** Writes datasets in the parley/1 format (the story only when there is one); saves are atomic, so a failed save leaves the old file as it was. */
public final class DatasetWriter {

    /** The dataset as parley/1 JSON text. */
    public String toJson(Dataset dataset) {
        StringWriter out = new StringWriter();
        try {
            write(dataset, out);
        } catch (IOException e) {
            throw new IllegalStateException("Writing to memory cannot fail", e);
        }
        return out.toString();
    }

    /** Saves the dataset to {@code file} through a temporary file that replaces it only once complete. */
    public void save(Dataset dataset, Path file) throws IOException {
        AtomicFiles.replace(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(dataset, writer);
            writer.flush();
        });
    }

    private void write(Dataset dataset, Writer out) throws IOException {
        DatasetIndex index = new DatasetIndex(dataset);
        JsonGenerator generator = JsonSupport.factory().createGenerator(out);
        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        try (JsonGenerator json = generator) {
            json.setPrettyPrinter(new JsonLayout());
            json.writeStartObject();
            json.writeStringField("format", Dataset.FORMAT);
            json.writeStringField("title", dataset.title());
            writeList(json, "sources", dataset.sources(), DatasetWriter::writeSource);
            if (!dataset.ownSides().isEmpty()) {
                writeList(json, "sides", dataset.ownSides(), DatasetWriter::writeSide);
            }
            writeList(json, "actors", dataset.actors(), DatasetWriter::writeActor);
            writeList(json, "roles", dataset.roles(), (g, r) -> writeRole(g, r, index));
            writeList(json, "relations", dataset.relations(), (g, r) -> writeRelation(g, r, index));
            writeList(json, "quotes", dataset.quotes(), DatasetWriter::writeQuote);
            if (!dataset.story().isEmpty()) {
                writeList(json, "story", dataset.story().steps(), DatasetWriter::writeStep);
            }
            writePositions(json, dataset);
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }

    @FunctionalInterface
    private interface ElementWriter<T> {
        void write(JsonGenerator json, T element) throws IOException;
    }

    private static <T> void writeList(JsonGenerator json, String field, List<T> items, ElementWriter<T> element)
            throws IOException {
        json.writeArrayFieldStart(field);
        for (T item : items) {
            element.write(json, item);
        }
        json.writeEndArray();
    }

    private static void writeSource(JsonGenerator json, Source source) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", source.id());
        json.writeStringField("title", source.title());
        json.writeStringField("publisher", source.publisher());
        writeDate(json, "date", source.date());
        json.writeStringField("language", source.language());
        json.writeStringField("url", source.url());
        json.writeStringField("sha256", Sha256.hex(source.text()));
        json.writeStringField("text", source.text());
        json.writeEndObject();
    }

    private static void writeSide(JsonGenerator json, Side side) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", side.id());
        json.writeStringField("name", side.label());
        json.writeEndObject();
    }

    private static void writeActor(JsonGenerator json, Actor actor) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", actor.id());
        json.writeStringField("name", actor.name());
        json.writeStringField("kind", actor.kind().id());
        json.writeStringField("side", actor.side().id());
        writeStrings(json, "aliases", actor.aliases());
        json.writeEndObject();
    }

    private static void writeRole(JsonGenerator json, Role role, DatasetIndex index) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", role.id());
        json.writeStringField("holder", role.holderId());
        json.writeStringField("title", role.title());
        json.writeStringField("of", role.ofId());
        json.writeStringField("rank", role.rank() == null ? null : role.rank().id());
        writeEvidence(json, role.evidence(), index);
        json.writeEndObject();
    }

    private static void writeRelation(JsonGenerator json, Relation relation, DatasetIndex index) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", relation.id());
        json.writeStringField("from", relation.fromId());
        json.writeStringField("type", relation.type().id());
        json.writeStringField("to", relation.toId());
        writeEvidence(json, relation.evidence(), index);
        json.writeEndObject();
    }

    private static void writeQuote(JsonGenerator json, Quote quote) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", quote.id());
        json.writeStringField("speaker", quote.speakerId());
        json.writeStringField("kind", quote.kind().id());
        json.writeStringField("text", quote.text());
        json.writeFieldName("span");
        writeSpan(json, quote.span(), null);
        writeDate(json, "saidOn", quote.saidOn());
        json.writeStringField("reportedBy", quote.reportedById());
        writeStrings(json, "about", quote.aboutIds());
        json.writeEndObject();
    }

    private static void writeStep(JsonGenerator json, StoryStep step) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", step.id());
        json.writeStringField("caption", step.caption());
        writeStrings(json, "reveal", step.revealActorIds());
        writeStrings(json, "revealLinks", step.revealLinkIds());
        writeStrings(json, "highlight", step.highlightActorIds());
        writeStrings(json, "highlightLinks", step.highlightLinkIds());
        writeStrings(json, "quotes", step.quoteIds());
        writeStrings(json, "frame", step.frameActorIds());
        json.writeEndObject();
    }

    /** Card positions, in actor order (positions of unknown actors are never written, as they could not be read). */
    private static void writePositions(JsonGenerator json, Dataset dataset) throws IOException {
        if (dataset.positions().isEmpty()) {
            return;
        }
        json.writeObjectFieldStart("positions");
        for (Actor actor : dataset.actors()) {
            CardPosition position = dataset.positions().get(actor.id());
            if (position != null) {
                json.writeObjectFieldStart(actor.id());
                json.writeNumberField("x", position.x());
                json.writeNumberField("y", position.y());
                json.writeEndObject();
            }
        }
        json.writeEndObject();
    }

    private static void writeEvidence(JsonGenerator json, Span span, DatasetIndex index) throws IOException {
        json.writeFieldName("evidence");
        String text = index.source(span.sourceId()).filter(s -> s.contains(span)).map(s -> s.excerpt(span)).orElse(null);
        writeSpan(json, span, text);
    }

    private static void writeSpan(JsonGenerator json, Span span, String text) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", span.sourceId());
        json.writeNumberField("start", span.start());
        json.writeNumberField("end", span.end());
        if (text != null) {
            json.writeStringField("text", text);
        }
        json.writeEndObject();
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeDate(JsonGenerator json, String field, LocalDate date) throws IOException {
        json.writeStringField(field, date == null ? null : date.toString());
    }
}
