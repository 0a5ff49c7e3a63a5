package io.secpillar.report.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentNameDictionary;
import org.apache.pdfbox.pdmodel.PDEmbeddedFilesNameTreeNode;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.common.filespecification.PDEmbeddedFile;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes and reads the report's embedded files: each is in the EmbeddedFiles name tree (what readers list as
 * attachments) and in the catalog's AF array with its AFRelationship (what PDF/A-3 calls an associated file).
 */
final class Attachments {

    private static final COSName AF = COSName.getPDFName("AF");
    private static final COSName RELATIONSHIP = COSName.getPDFName("AFRelationship");

    private Attachments() {
    }

    static void attach(PDDocument doc, List<AttachedFile> files, Calendar when) throws IOException {
        if (files.isEmpty()) {
            return;
        }
        Map<String, PDComplexFileSpecification> byName = new LinkedHashMap<>();
        COSArray associated = new COSArray();
        for (AttachedFile file : files) {
            PDEmbeddedFile stream = new PDEmbeddedFile(doc, new ByteArrayInputStream(file.bytes()), COSName.FLATE_DECODE);
            stream.setSubtype(file.mimeType());
            stream.setSize(file.bytes().length);
            stream.setCreationDate(when);
            stream.setModDate(when);
            PDComplexFileSpecification spec = new PDComplexFileSpecification();
            spec.setFile(file.name());
            spec.setFileUnicode(file.name());
            spec.setFileDescription(file.description());
            spec.setEmbeddedFile(stream);
            spec.setEmbeddedFileUnicode(stream);
            spec.getCOSObject().setName(RELATIONSHIP, file.relationship());
            byName.put(file.name(), spec);
            associated.add(spec.getCOSObject());
        }
        PDEmbeddedFilesNameTreeNode tree = new PDEmbeddedFilesNameTreeNode();
        tree.setNames(byName);
        PDDocumentNameDictionary names = new PDDocumentNameDictionary(doc.getDocumentCatalog());
        names.setEmbeddedFiles(tree);
        doc.getDocumentCatalog().setNames(names);
        doc.getDocumentCatalog().getCOSObject().setItem(AF, associated);
    }

    /** The embedded files of a loaded report, in the order of its AF array (or of its name tree). */
    static List<AttachedFile> read(PDDocument doc) throws IOException {
        List<AttachedFile> files = new ArrayList<>();
        PDDocumentNameDictionary names = doc.getDocumentCatalog().getNames();
        PDEmbeddedFilesNameTreeNode tree = names == null ? null : names.getEmbeddedFiles();
        if (tree == null) {
            return files;
        }
        for (Map.Entry<String, PDComplexFileSpecification> e : flatten(tree).entrySet()) {
            PDComplexFileSpecification spec = e.getValue();
            PDEmbeddedFile stream = Optional.ofNullable(spec.getEmbeddedFileUnicode()).orElse(spec.getEmbeddedFile());
            if (stream == null) {
                continue;
            }
            String name = Optional.ofNullable(spec.getFileUnicode()).orElse(e.getKey());
            files.add(new AttachedFile(name, Optional.ofNullable(stream.getSubtype()).orElse(""),
                    Optional.ofNullable(spec.getFileDescription()).orElse(""),
                    Optional.ofNullable(spec.getCOSObject().getNameAsString(RELATIONSHIP)).orElse(""),
                    stream.toByteArray()));
        }
        return files;
    }

    private static Map<String, PDComplexFileSpecification> flatten(PDEmbeddedFilesNameTreeNode node) throws IOException {
        Map<String, PDComplexFileSpecification> all = new LinkedHashMap<>();
        if (node.getNames() != null) {
            all.putAll(node.getNames());
        }
        if (node.getKids() != null) {
            for (var kid : node.getKids()) {
                all.putAll(flatten((PDEmbeddedFilesNameTreeNode) kid));
            }
        }
        return all;
    }

    static boolean associated(PDDocument doc) {
        return doc.getDocumentCatalog().getCOSObject().getDictionaryObject(AF) instanceof COSArray a && a.size() > 0
                && a.getObject(0) instanceof COSDictionary;
    }
}
