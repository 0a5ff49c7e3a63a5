package io.secpillar.ui.questionnaire;

import io.secpillar.assessment.ReviewSnapshot;
import io.secpillar.pillar.Choice;
import io.secpillar.pillar.LoadedLens;
import io.secpillar.pillar.Question;
import io.secpillar.questionnaire.Answer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Ctrl+K: finds questions, best practices and notes across the whole review. Every word typed must appear (case and
 * accents do not matter, "sec03 mfa" works); questions come first, then best practices, then notes.
 */
final class ReviewSearch {

    enum Kind { QUESTION, PRACTICE, NOTES }

    /** One result: where it leads (a question, and a practice in it when the hit is one) and how it reads. */
    record Hit(Kind kind, String questionId, Optional<String> choiceId, String label, String text) {

        @Override
        public String toString() {
            return label + "  " + text;
        }
    }

    static final int LIMIT = 60;

    private ReviewSearch() {
    }

    static List<Hit> find(ReviewSnapshot snapshot, String query) {
        List<String> words = words(query);
        if (words.isEmpty()) {
            return List.of();
        }
        LoadedLens lens = snapshot.lens();
        List<Hit> questions = new ArrayList<>();
        List<Hit> practices = new ArrayList<>();
        List<Hit> notes = new ArrayList<>();
        for (Question q : snapshot.questions()) {
            String label = lens.questionLabel(q.id());
            if (matches(words, label, q.id(), q.title(), q.description())) {
                questions.add(new Hit(Kind.QUESTION, q.id(), Optional.empty(), label, q.title()));
            }
            for (Choice c : q.bestPractices()) {
                String practice = lens.practiceLabel(q.id(), c.id());
                if (matches(words, practice, c.title())) {
                    practices.add(new Hit(Kind.PRACTICE, q.id(), Optional.of(c.id()), practice, c.title()));
                }
            }
            String text = snapshot.answer(q.id()).map(Answer::notes).orElse("");
            if (!text.isBlank() && matches(words, label, text)) {
                notes.add(new Hit(Kind.NOTES, q.id(), Optional.empty(), label + " notes", excerpt(text, words.get(0))));
            }
        }
        List<Hit> all = new ArrayList<>(questions);
        all.addAll(practices);
        all.addAll(notes);
        return all.size() > LIMIT ? all.subList(0, LIMIT) : all;
    }

    private static boolean matches(List<String> words, String... fields) {
        String haystack = fold(String.join(" ", fields));
        return words.stream().allMatch(haystack::contains);
    }

    private static List<String> words(String query) {
        String folded = fold(query == null ? "" : query).strip();
        return folded.isEmpty() ? List.of() : List.of(folded.split("\\s+"));
    }

    /** The notes around the first word found, on one line. */
    static String excerpt(String notes, String word) {
        String line = notes.replaceAll("\\s+", " ").strip();
        int at = fold(line).indexOf(word);
        int from = Math.max(0, at - 40);
        int to = Math.min(line.length(), Math.max(at, 0) + 80);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    /** Lower case without accents, so "zurich" finds "Zürich"; keeps one character per character. */
    static String fold(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            String d = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD);
            out.append(Character.toLowerCase(d.isEmpty() ? ch : d.charAt(0)));
        }
        return out.toString();
    }
}
