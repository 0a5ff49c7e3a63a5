package io.secpillar.report.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The report's logical structure (its tags), built while the pages are drawn. The drawing helpers open elements
 * (a section, a heading, a table row, a list item) and every piece of text drawn while one is open becomes its
 * content; shapes are artifacts unless a figure is open. So a section drawn with the shared helpers is tagged
 * without doing anything itself: text drawn outside any block still lands in a paragraph of its section.
 */
final class Tags {

    /** Elements that hold text directly; an element opened inside one of them adds to it instead of nesting. */
    private static final Set<String> LEAVES = Set.of("P", "H1", "H2", "H3", "H4", "H5", "H6", "TD", "TH", "Lbl",
            "Span", "Caption", "Figure", "Link", "Form");

    /** An open element; closing it closes everything opened inside it that is still open. */
    interface Tag extends AutoCloseable {
        @Override
        void close();

        /** The alternative description read in place of the content (charts, the signature field). */
        Tag alt(String text);
    }

    /** What a marked sequence of drawing is: content of the open element, or an artifact. */
    record Mark(String begin, boolean content) {
        static final Mark ARTIFACT = new Mark("/Artifact BMC\n", false);
    }

    private final PDStructureTreeRoot root = new PDStructureTreeRoot();
    private final PDStructureElement document;
    private final Deque<PDStructureElement> open = new ArrayDeque<>();
    private final Map<PDPage, COSArray> pageParents = new IdentityHashMap<>();
    private final COSArray nums = new COSArray();
    private int nextKey;
    private int artifacts;

    Tags() {
        document = new PDStructureElement("Document", root);
        root.appendKid(document);
        open.push(document);
    }

    /** Opens an element under the innermost open one (or joins it, when that one holds text itself). */
    Tag open(String type) {
        PDStructureElement parent = open.peek();
        if (LEAVES.contains(parent.getStructureType())) {
            return new Joined(parent);
        }
        PDStructureElement element = new PDStructureElement(type, parent);
        parent.appendKid(element);
        return push(element);
    }

    /** Opens an element as a kid of the document at {@code index}: the contents, drawn last but read second. */
    Tag openInDocument(String type, int index) {
        PDStructureElement element = new PDStructureElement(type, document);
        java.util.List<Object> kids = document.getKids();
        if (index < kids.size()) {
            document.insertBefore(element, kids.get(index));
        } else {
            document.appendKid(element);
        }
        return push(element);
    }

    int documentKids() {
        return document.getKids().size();
    }

    /** A header cell: a TH whose scope is its column, so a reader announces it with every cell below it. */
    Tag openHeaderCell() {
        Tag tag = open("TH");
        if (tag instanceof Opened o) {
            COSDictionary attributes = new COSDictionary();
            attributes.setName(COSName.O, "Table");
            attributes.setName(COSName.getPDFName("Scope"), "Column");
            o.element.getCOSObject().setItem(COSName.A, attributes);
        }
        return tag;
    }

    /** Until the returned tag closes, everything drawn is an artifact (running headers, repeated header rows). */
    Tag artifact() {
        artifacts++;
        return new Tag() {
            private boolean closed;

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    artifacts--;
                }
            }

            @Override
            public Tag alt(String text) {
                return this;
            }
        };
    }

    /**
     * How to mark drawing on {@code page}: text becomes content of the innermost open element (of a new paragraph
     * when that element only groups others), shapes become artifacts unless a figure is open.
     */
    Mark mark(PDPage page, boolean text) {
        if (artifacts > 0) {
            return Mark.ARTIFACT;
        }
        PDStructureElement target = open.peek();
        boolean leaf = LEAVES.contains(target.getStructureType());
        if (!text && !"Figure".equals(target.getStructureType())) {
            return Mark.ARTIFACT;
        }
        if (!leaf) {
            PDStructureElement group = target;
            target = new PDStructureElement("P", group);
            group.appendKid(target);
        }
        int mcid = attach(target, page);
        return new Mark("/" + target.getStructureType() + " <</MCID " + mcid + ">> BDC\n", true);
    }

    /** Ties an annotation (a link, the signature widget) to the innermost open element, as an object reference. */
    void annotation(PDAnnotation annotation, PDPage page) {
        PDStructureElement target = open.peek();
        PDObjectReference ref = new PDObjectReference();
        ref.setReferencedObject(annotation);
        ref.getCOSObject().setItem(COSName.PG, page.getCOSObject());
        target.appendKid(ref);
        if (target.getPage() == null) {
            target.setPage(page);
        }
        int key = nextKey++;
        annotation.setStructParent(key);
        nums.add(COSInteger.get(key));
        nums.add(target.getCOSObject());
    }

    /** Writes the structure tree into the document; call once, after the last page is drawn. */
    void finish(PDDocument doc) {
        COSDictionary parentTree = new COSDictionary();
        parentTree.setItem(COSName.NUMS, nums);
        root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
        root.setParentTreeNextKey(nextKey);
        doc.getDocumentCatalog().setStructureTreeRoot(root);
        PDMarkInfo markInfo = new PDMarkInfo();
        markInfo.setMarked(true);
        doc.getDocumentCatalog().setMarkInfo(markInfo);
    }

    private int attach(PDStructureElement element, PDPage page) {
        COSArray parents = pageParents.get(page);
        if (parents == null) {
            parents = new COSArray();
            pageParents.put(page, parents);
            int key = nextKey++;
            page.setStructParents(key);
            nums.add(COSInteger.get(key));
            nums.add(parents);
        }
        int mcid = parents.size();
        parents.add(element.getCOSObject());
        if (element.getPage() == null) {
            element.setPage(page);
        }
        if (element.getPage().getCOSObject() == page.getCOSObject()) {
            element.appendKid(mcid);
        } else {
            PDMarkedContentReference ref = new PDMarkedContentReference();
            ref.setMCID(mcid);
            ref.setPage(page);
            element.appendKid(ref);
        }
        return mcid;
    }

    private Tag push(PDStructureElement element) {
        open.push(element);
        return new Opened(element);
    }

    private final class Opened implements Tag {
        private final PDStructureElement element;

        Opened(PDStructureElement element) {
            this.element = element;
        }

        @Override
        public void close() {
            if (!open.contains(element)) {
                return;
            }
            while (open.peek() != element) {
                open.pop();
            }
            open.pop();
        }

        @Override
        public Tag alt(String text) {
            element.setAlternateDescription(text);
            return this;
        }
    }

    /** An element asked for inside a text element: the text joins the open one. */
    private record Joined(PDStructureNode into) implements Tag {
        @Override
        public void close() {
        }

        @Override
        public Tag alt(String text) {
            return this;
        }
    }
}
