package io.secpillar.report.pdf;

import io.secpillar.report.DocumentInfo;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * What makes the report a PDF/A-3b file that also claims PDF/UA-1: the sRGB output intent (the JDK's own sRGB
 * ICC profile, so every colour we draw has a defined meaning) and the XMP metadata that repeats the document
 * information and names both conformance levels. The XMP is written here as text: it is small and fixed.
 */
final class ArchiveMetadata {

    static final String SRGB = "sRGB IEC61966-2.1";

    private ArchiveMetadata() {
    }

    static void outputIntent(PDDocument doc) throws IOException {
        byte[] profile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();
        PDOutputIntent intent = new PDOutputIntent(doc, new ByteArrayInputStream(profile));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        doc.getDocumentCatalog().addOutputIntent(intent);
    }

    /** The XMP stream; the dates and texts must equal those of the document information dictionary. */
    static void xmp(PDDocument doc, DocumentInfo info, String creator, String producer, Instant created)
            throws IOException {
        PDMetadata metadata = new PDMetadata(doc);
        metadata.getCOSObject().setItem(COSName.SUBTYPE, COSName.getPDFName("XML"));
        metadata.importXMPMetadata(packet(info, creator, producer, created).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    static String packet(DocumentInfo info, String creator, String producer, Instant created) {
        String date = DateTimeFormatter.ISO_INSTANT.format(created.truncatedTo(ChronoUnit.SECONDS));
        return "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
                + " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n"
                + "   <pdfaid:part>3</pdfaid:part>\n   <pdfaid:conformance>B</pdfaid:conformance>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\">\n"
                + "   <pdfuaid:part>1</pdfuaid:part>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n"
                + "   <dc:format>application/pdf</dc:format>\n"
                + "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(info.title()) + "</rdf:li></rdf:Alt></dc:title>\n"
                + "   <dc:creator><rdf:Seq><rdf:li>" + xml(info.author()) + "</rdf:li></rdf:Seq></dc:creator>\n"
                + "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml(info.subject())
                + "</rdf:li></rdf:Alt></dc:description>\n"
                + "   <dc:language><rdf:Bag><rdf:li>en</rdf:li></rdf:Bag></dc:language>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                + "   <xmp:CreatorTool>" + xml(creator) + "</xmp:CreatorTool>\n"
                + "   <xmp:CreateDate>" + date + "</xmp:CreateDate>\n"
                + "   <xmp:ModifyDate>" + date + "</xmp:ModifyDate>\n"
                + "   <xmp:MetadataDate>" + date + "</xmp:MetadataDate>\n"
                + "  </rdf:Description>\n"
                + "  <rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n"
                + "   <pdf:Producer>" + xml(producer) + "</pdf:Producer>\n"
                + "   <pdf:Keywords>" + xml(info.keywords()) + "</pdf:Keywords>\n"
                + "  </rdf:Description>\n"
                + pdfUaExtensionSchema()
                + " </rdf:RDF>\n"
                + "</x:xmpmeta>\n"
                + "<?xpacket end=\"w\"?>";
    }

    /** PDF/A-3 accepts only the schemas it knows, or ones described in the file: pdfuaid is described here. */
    private static String pdfUaExtensionSchema() {
        return "  <rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"\n"
                + "      xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"\n"
                + "      xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
                + "   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
                + "    <pdfaSchema:schema>PDF/UA identification</pdfaSchema:schema>\n"
                + "    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
                + "    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
                + "    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
                + "     <pdfaProperty:name>part</pdfaProperty:name>\n"
                + "     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
                + "     <pdfaProperty:category>internal</pdfaProperty:category>\n"
                + "     <pdfaProperty:description>The part of ISO 14289 the file conforms to</pdfaProperty:description>\n"
                + "    </rdf:li></rdf:Seq></pdfaSchema:property>\n"
                + "   </rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
                + "  </rdf:Description>\n";
    }

    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (cp >= 0x20 || cp == '\t' || cp == '\n') {
                        b.appendCodePoint(cp);
                    }
                }
            }
        });
        return b.toString();
    }
}
