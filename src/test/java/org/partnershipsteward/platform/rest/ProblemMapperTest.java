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
    void aDatabaseThatDoesNotAnswerIsA503ToRetryNotA500() {
        // as EclipseLink reports a pool that cannot open a connection while MariaDB restarts
        Exception poolRefused = new jakarta.persistence.PersistenceException("Exception [EclipseLink-4002]",
                new java.sql.SQLException("Error in allocating a connection. Cause: Connection could not be allocated"));
        Exception refused = new EJBException(new RuntimeException(new java.sql.SQLNonTransientConnectionException(
                "Could not connect to address=(host=127.0.0.1)(port=3306)", "08000")));
        Exception byState = new java.sql.SQLException("Communications link failure", "08S01");
        for (Exception e : new Exception[] {poolRefused, refused, byState}) {
            Problem problem = mapper.toProblem(ProblemMapper.unwrap(e));
            assertEquals(503, problem.status(), e.toString());
            assertFalse(problem.detail().contains("127.0.0.1") || problem.detail().contains("EclipseLink"), problem.detail());
        }
        // a statement the database refused is not an outage
        assertEquals(500, mapper.toProblem(new java.sql.SQLSyntaxErrorException("Unknown column", "42S22")).status());
    }

    @Test
    void unexpectedErrorIsA500WithoutInternals() {
        Problem problem = mapper.toProblem(new NullPointerException("secret internals"));
        assertEquals(500, problem.status());
        assertFalse(problem.detail().contains("secret internals"));
        assertFalse(problem.detail().contains("NullPointerException"));
    }
}
