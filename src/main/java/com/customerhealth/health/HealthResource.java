package com.customerhealth.health;

import com.customerhealth.platform.JsonSyntax;
import com.customerhealth.platform.Problem;
import com.customerhealth.platform.StorableText;
import com.customerhealth.security.Roles;
import com.customerhealth.tenancy.CallerTenant;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The health of the caller's tenant's customers and companies, for callers in the agent role. */
@Path("v1")
@RequestScoped
@RolesAllowed(Roles.AGENT)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health", description = "Current scores with their explanations")
@APIResponse(responseCode = "401", description = "No or wrong credentials")
@APIResponse(responseCode = "403", description = "The caller is not in the agent role")
public class HealthResource {

    /** The longest id of a customer or company. */
    private static final int ID_LENGTH = 128;

    @Inject
    HealthQueries queries;

    @Inject
    CallerTenant tenant;

    @GET
    @Path("customers/{customerId}/health")
    @Operation(summary = "A customer's health")
    @APIResponse(responseCode = "200", description = "The customer's score, band and parameters",
            content = @Content(schema = @Schema(implementation = CustomerHealthView.class)))
    @APIResponse(responseCode = "404", description = "No such customer in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CustomerHealthView customer(@PathParam("customerId") String customerId) {
        return queries.customer(tenant.id(), customerId)
                .orElseThrow(() -> new NotFoundException("No customer '" + customerId + "'"));
    }

    @POST
    @Path("customers/health")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The health of up to 500 customers at once",
            description = "Answers the known customers among the ids, in the order asked; unknown ids are left out.")
    @RequestBody(description = "A JSON array of customer ids",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = String.class, maxItems = HealthQueries.MAX_IDS)))
    @APIResponse(responseCode = "200", description = "One object per known customer",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = CustomerHealthView.class)))
    @APIResponse(responseCode = "400", description = "Not an array of ids, or more than 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CustomerHealthView> customers(String customerIds) {
        return queries.customers(tenant.id(), validIds(customerIds, "customer"));
    }

    @GET
    @Path("companies/{companyId}/health")
    @Operation(summary = "A company's health, with its customers' scores")
    @APIResponse(responseCode = "200", description = "The company's score, band, mode and customers",
            content = @Content(schema = @Schema(implementation = CompanyHealthView.class)))
    @APIResponse(responseCode = "404", description = "No such company in the caller's tenant",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public CompanyHealthView company(@PathParam("companyId") String companyId) {
        return queries.company(tenant.id(), companyId)
                .orElseThrow(() -> new NotFoundException("No company '" + companyId + "'"));
    }

    @POST
    @Path("companies/health")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The health of up to 500 companies at once",
            description = "Answers the known companies among the ids, in the order asked; unknown ids are left out.")
    @RequestBody(description = "A JSON array of company ids",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = String.class, maxItems = HealthQueries.MAX_IDS)))
    @APIResponse(responseCode = "200", description = "One object per known company",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY,
                    implementation = CompanyHealthView.class)))
    @APIResponse(responseCode = "400", description = "Not an array of ids, or more than 500",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<CompanyHealthView> companies(String companyIds) {
        return queries.companies(tenant.id(), validIds(companyIds, "company"));
    }

    /**
     * The ids in {@code body}, a JSON array of strings. Read here rather than bound: a binder takes {@code 1}
     * for the id "1" and names its own internals when the body is of another shape.
     */
    private static List<String> validIds(String body, String kind) {
        JsonValue value;
        try {
            value = JsonSyntax.read(body == null ? "" : body);
        } catch (JsonSyntax.NotJsonException e) {
            throw new BadRequestException("The body " + e.getMessage() + "; send a JSON array of " + kind + " ids");
        }
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new BadRequestException("The body is " + JsonSyntax.kind(value) + ", not an array of " + kind + " ids");
        }
        JsonArray array = value.asJsonArray();
        if (array.size() > HealthQueries.MAX_IDS) {
            throw new BadRequestException(array.size() + " ids sent; at most " + HealthQueries.MAX_IDS + " per request");
        }
        List<String> ids = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonValue element = array.get(i);
            if (!(element instanceof JsonString text)) {
                throw new BadRequestException("The " + kind + " id at " + i + " is "
                        + (element.getValueType() == JsonValue.ValueType.NULL ? "null" : JsonSyntax.kind(element))
                        + "; ids are strings, such as \"C-1\"");
            }
            String problem = StorableText.problem(text.getString(), ID_LENGTH);
            if (problem != null) {
                throw new BadRequestException("The " + kind + " id at " + i + " " + problem);
            }
            ids.add(text.getString());
        }
        return ids;
    }
}
