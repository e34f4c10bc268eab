package org.partnershipsteward.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;
import org.partnershipsteward.platform.domain.ConflictException;
import org.partnershipsteward.platform.domain.RuleViolationException;
import org.partnershipsteward.platform.domain.UnknownEntityException;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @Test
    void fieldNameIsTheLastNodeOfThePath() {
        assertEquals("name", ProblemMapper.fieldName("create.request.name"));
        assertEquals("body", ProblemMapper.fieldName("create.request"));
        assertEquals("body", ProblemMapper.fieldName("amend.arg0"));
    }

    @Test
    void domainExceptionsMapToTheirStatusEvenWhenWrappedByTheContainer() {
        assertEquals(404, mapper.toProblem(ProblemMapper.unwrap(new EJBException(new UnknownEntityException("organization", 7)))).status());
        assertEquals(409, mapper.toProblem(new ConflictException("taken")).status());
        Problem rule = mapper.toProblem(new RuleViolationException("SEAT_REGION", "not in the region"));
        assertEquals(422, rule.status());
        assertEquals("SEAT_REGION", rule.rule());
    }

    @Test
    void unexpectedErrorIsA500WithoutInternals() {
        Problem problem = mapper.toProblem(new NullPointerException("secret internals"));
        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("secret internals"));
        assertFalse(problem.detail().contains("NullPointerException"));
    }
}
