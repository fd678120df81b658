package com.customerhealth.settings;

import com.customerhealth.platform.Problem;
import com.customerhealth.scoring.InvalidRulesException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Rules that cannot be applied are refused with 400, the detail naming the setting at fault; nothing is saved. */
@Provider
public class InvalidRulesAnswer implements ExceptionMapper<InvalidRulesException> {

    @Override
    public Response toResponse(InvalidRulesException exception) {
        return Problem.of(Response.Status.BAD_REQUEST, RuleWords.english(exception)).toResponse();
    }
}
