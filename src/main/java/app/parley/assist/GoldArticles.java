package app.parley.assist;

import app.parley.model.Actor;
import app.parley.model.ActorKind;
import app.parley.model.Dataset;
import app.parley.model.QuoteKind;
import app.parley.model.Source;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads annotated articles: a Parley dataset (its direct quotes and people) or a {@code .gold.json} annotation. */
public final class GoldArticles {

    private GoldArticles() {
    }

    /**
     * The first source of a dataset as an annotated article. Its direct quotes are the gold quotes, their spans
     * brought to the assistant's convention (a trailing comma left out); its person actors are the gold people,
     * those whose every word is capitalized counting as named.
     */
    public static GoldArticle fromDataset(String name, Dataset dataset) {
        Source source = dataset.sources().get(0);
        Map<String, Actor> actors = new HashMap<>();
        dataset.actors().forEach(actor -> actors.put(actor.id(), actor));
        Map<String, GoldArticle.Quote> quotes = new LinkedHashMap<>();
        for (app.parley.model.Quote quote : dataset.quotes()) {
            if (quote.kind() != QuoteKind.DIRECT || !quote.span().sourceId().equals(source.id())) {
                continue;
            }
            int end = quote.span().end();
            if (end > quote.span().start() && source.text().charAt(end - 1) == ',') {
                end--;
            }
            Actor speaker = actors.get(quote.speakerId());
            quotes.putIfAbsent(quote.span().start() + ":" + end, new GoldArticle.Quote(quote.span().start(), end,
                    speaker == null ? null : speaker.name()));
        }
        List<GoldArticle.Person> people = new ArrayList<>();
        for (Actor actor : dataset.actors()) {
            if (actor.kind() == ActorKind.PERSON) {
                people.add(new GoldArticle.Person(actor.name(), actor.aliases(), named(actor.name())));
            }
        }
        return new GoldArticle(name, source.text(), new ArrayList<>(quotes.values()), people);
    }

    /**
     * An annotation file: {@code article} (the text file, beside it), {@code people} (name, aliases, unnamed) and
     * {@code quotes} (start, end, speaker).
     *
     * @throws IOException when the files cannot be read or the annotation lacks a field
     */
    public static GoldArticle read(Path goldFile) throws IOException {
        JsonNode root = new ObjectMapper().readTree(goldFile.toFile());
        if (!root.path("article").isTextual() || !root.path("quotes").isArray()) {
            throw new IOException(goldFile + " has no \"article\" or \"quotes\" field");
        }
        Path articleFile = goldFile.resolveSibling(root.get("article").asText());
        String text = Files.readString(articleFile, StandardCharsets.UTF_8);
        List<GoldArticle.Quote> quotes = new ArrayList<>();
        for (JsonNode quote : root.get("quotes")) {
            quotes.add(new GoldArticle.Quote(quote.path("start").asInt(), quote.path("end").asInt(),
                    quote.path("speaker").isTextual() ? quote.get("speaker").asText() : null));
        }
        List<GoldArticle.Person> people = new ArrayList<>();
        for (JsonNode person : root.path("people")) {
            List<String> aliases = new ArrayList<>();
            person.path("aliases").forEach(alias -> aliases.add(alias.asText()));
            people.add(new GoldArticle.Person(person.path("name").asText(), aliases,
                    !person.path("unnamed").asBoolean(false)));
        }
        String name = goldFile.getFileName().toString().replace(".gold.json", "");
        return new GoldArticle(name, text, quotes, people);
    }

    private static boolean named(String name) {
        for (String word : name.split("\\s+")) {
            if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
