package com.customerhealth.health;

import com.customerhealth.platform.Instants;
import com.customerhealth.platform.JsonSyntax;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;

/** The health of the caller's tenant's customers and companies, for callers in the agent, manager or admin role. */
@Path("v1")
@RequestScoped
@RolesAllowed({Roles.AGENT, Roles.MANAGER, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

    /** The longest id of a customer or company. */
    private static final int ID_LENGTH = 128;

    @Inject
    HealthQueries queries;

    @Inject
    CallerTenant tenant;

    @GET
    @Path("customers/{customerId}/health")
    public CustomerHealthView customer(@PathParam("customerId") String customerId, @QueryParam("at") String at) {
        return (at == null ? queries.customer(tenant.id(), customerId)
                : queries.customerAt(tenant.id(), customerId, Instants.parse("at", at)))
                .orElseThrow(() -> new NotFoundException("No customer '" + customerId + "'"));
    }

    @POST
    @Path("customers/health")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CustomerHealthView> customers(String customerIds) {
        return queries.customers(tenant.id(), validIds(customerIds, "customer"));
    }

    @GET
    @Path("companies/{companyId}/health")
    public CompanyHealthView company(@PathParam("companyId") String companyId) {
        return queries.company(tenant.id(), companyId)
                .orElseThrow(() -> new NotFoundException("No company '" + companyId + "'"));
    }

    @POST
    @Path("companies/health")
    @Consumes(MediaType.APPLICATION_JSON)
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
