package id.kinerja.document;

import java.util.Map;

/**
 * What a document shows, read from the record: whose it is and the values its template lays out
 * (maps, lists and text only, already formatted for print). The same record gives the same content,
 * so a change to what a document shows is seen as a change of its hash.
 */
public record DocumentContent(String holderName, String holderKey, Map<String, Object> values) {}
