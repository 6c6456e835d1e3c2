package io.tributary.files;

import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX readers that never resolve external entities, never expand DTD-declared entities (so XXE and billion-laughs
 * documents fail instead of exploding) and report errors in words.
 */
public final class SafeXml {
    private SafeXml() {}

    static XMLInputFactory factory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not allowed (" + systemId + ")");
        });
        trySet(f, "http://www.oracle.com/xml/jaxp/properties/entityExpansionLimit", "1");
        trySet(f, "jdk.xml.entityExpansionLimit", "1");
        return f;
    }

    private static void trySet(XMLInputFactory f, String name, Object value) {
        try {
            f.setProperty(name, value);
        } catch (IllegalArgumentException ignored) {
            // not supported by this StAX implementation
        }
    }

    /** A reader over {@code in}. */
    public static XMLStreamReader reader(InputStream in, FileFormat format) {
        try {
            return factory().createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            throw error(format, e);
        }
    }

    /**
     * Reads the whole document once, checking that it is well-formed, has no DOCTYPE (when {@code allowDtd} is false),
     * no entity references and no nesting deeper than {@code maxDepth}.
     */
    public static void check(InputStream in, FileFormat format, boolean allowDtd, int maxDepth) {
        XMLStreamReader r = reader(in, format);
        try {
            int depth = 0;
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (++depth > maxDepth) {
                            throw tooDeep(format, maxDepth);
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> depth--;
                    case XMLStreamConstants.DTD -> {
                        if (!allowDtd) {
                            throw doctype(format);
                        }
                    }
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw entity(format, r.getLocalName());
                    default -> {}
                }
            }
        } catch (XMLStreamException e) {
            throw error(format, e);
        } finally {
            close(r);
        }
    }

    static FileParseException tooDeep(FileFormat format, int maxDepth) {
        return new FileParseException(
                format,
                "the " + format.label() + " file nests elements deeper than " + maxDepth + " levels; it is not a valid "
                        + format.label() + " file");
    }

    static FileParseException doctype(FileFormat format) {
        return new FileParseException(
                format,
                "the " + format.label() + " file contains a DOCTYPE declaration; DTDs and entities are not accepted");
    }

    static FileParseException entity(FileFormat format, String name) {
        return new FileParseException(
                format, "the " + format.label() + " file uses an entity (&" + name + ";); entities are not accepted");
    }

    static FileParseException error(FileFormat format, XMLStreamException e) {
        String msg = e.getMessage() == null
                ? "unreadable XML"
                : e.getMessage().replaceAll("\\s+", " ").trim();
        if (msg.contains("was referenced")
                || msg.contains("xpansion")
                || msg.contains("external entit")
                || msg.contains("entity reference")) {
            return new FileParseException(
                    format, "the " + format.label() + " file uses XML entities, which are not accepted: " + msg, e);
        }
        return new FileParseException(
                format, "the " + format.label() + " file is not well-formed XML (truncated or corrupt): " + msg, e);
    }

    static void close(XMLStreamReader r) {
        try {
            r.close();
        } catch (XMLStreamException ignored) {
            // nothing to do
        }
    }
}
