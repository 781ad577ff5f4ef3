package com.crcloud.flow.service;

import com.crcloud.flow.domain.FlowDefinition;
import com.crcloud.tenant.support.UserFacingException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.stream.Collectors;

/**
 * Reads and writes flow definitions: as JSON in the database, and as JSON or YAML files a tenant moves between
 * environments. Reading is strict (an unknown property is an error) so that a typo in a hand-edited file is
 * named instead of silently ignored.
 */
@Component
public class FlowFiles {

    /** What a flow file says it is, so that any other JSON or YAML file is refused with a clear message. */
    static final String FORMAT = "crc-review-flow";
    static final int FORMAT_VERSION = 1;
    static final int MAX_FILE_BYTES = 1024 * 1024;

    /** The contents of a flow file. */
    public record FlowFile(String format, Integer formatVersion, String product, String name, Integer version,
                           FlowDefinition definition) {
    }

    private final ObjectMapper json = strict(JsonMapper.builder().build());
    private final ObjectMapper yaml = strict(YAMLMapper.builder().build());

    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    }

    /** The definition as stored in a draft or a published version. */
    public String store(FlowDefinition definition) {
        try {
            return json.writeValueAsString(definition);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A flow definition is plain data and always serialises", e);
        }
    }

    /** A stored definition; stored ones were written by {@link #store}, so failing to read one is a bug. */
    public FlowDefinition load(String stored) {
        try {
            return json.readValue(stored, FlowDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored flow definition cannot be read: " + e.getOriginalMessage(), e);
        }
    }

    public byte[] write(FlowFile file, FlowFileFormat format) {
        try {
            return (format == FlowFileFormat.YAML ? yaml : json).writeValueAsBytes(file);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A flow file is plain data and always serialises", e);
        }
    }

    /**
     * Reads an uploaded file.
     *
     * @throws UserFacingException naming the file and, where the parser knows it, the line, column and property
     */
    public FlowFile read(String fileName, byte[] content) {
        if (content.length == 0) {
            throw new UserFacingException("file", "flow.error.emptyFile", fileName);
        }
        if (content.length > MAX_FILE_BYTES) {
            throw new UserFacingException("file", "flow.error.fileTooLarge", fileName, MAX_FILE_BYTES / 1024);
        }
        FlowFile file;
        try {
            file = (FlowFileFormat.ofFileName(fileName) == FlowFileFormat.YAML ? yaml : json).readValue(content, FlowFile.class);
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String path = e instanceof JsonMappingException mapping ? mapping.getPath().stream()
                    .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[") : "";
            throw new UserFacingException("file", "flow.error.unreadableFile", fileName,
                    location == null ? 0 : location.getLineNr(), location == null ? 0 : location.getColumnNr(),
                    path.isEmpty() ? "-" : path, e.getOriginalMessage());
        } catch (IOException e) {
            throw new UserFacingException("file", "flow.error.unreadableFile", fileName, 0, 0, "-", e.getMessage());
        }
        if (file == null || !FORMAT.equals(file.format())) {
            throw new UserFacingException("file", "flow.error.notAFlowFile", fileName, FORMAT);
        }
        if (file.formatVersion() == null || file.formatVersion() != FORMAT_VERSION) {
            throw new UserFacingException("file", "flow.error.formatVersion", fileName, String.valueOf(file.formatVersion()), FORMAT_VERSION);
        }
        if (file.definition() == null) {
            throw new UserFacingException("file", "flow.error.noDefinition", fileName);
        }
        return file;
    }
}
