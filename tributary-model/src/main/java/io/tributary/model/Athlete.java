// Generated from the Terra JSON Schema field list; keep in sync with schemas/core.
package io.tributary.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.tributary.model.support.Extra;
import java.util.Map;

/**
 * Terra {@code Athlete} object (wire shape of {@code schemas/core/Athlete.yaml}).
 *
 * <p>Every component is nullable. Unknown JSON properties are kept in {@link #extra()} and written back
 * unchanged.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Athlete(
        @JsonProperty("age") Integer age,
        @JsonProperty("country") String country,
        @JsonProperty("bio") String bio,
        @JsonProperty("state") String state,
        @JsonProperty("last_name") String lastName,
        @JsonProperty("sex") String sex,
        @JsonProperty("city") String city,
        @JsonProperty("email") String email,
        @JsonProperty("date_of_birth") String dateOfBirth,
        @JsonProperty("first_name") String firstName,
        @JsonProperty("gender") String gender,
        @JsonProperty("account_creation_date") String accountCreationDate,
        @JsonProperty("provider_user_id") String providerUserId,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra)
        implements TerraDataModel {

    public Athlete {
        extra = Extra.copy(extra);
    }

    @Override
    public DataType dataType() {
        return DataType.ATHLETE;
    }

    @Override
    public String identityKey() {
        return IdentityKeys.athlete(this);
    }

    /**
     * A copy without time-series sample arrays (for {@code with_samples=false}); see
     * {@link io.tributary.model.SampleFields}.
     */
    @Override
    public Athlete withoutSamples() {
        return this;
    }

    /** A builder with every component unset. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder initialised with this instance's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.age = age;
        b.country = country;
        b.bio = bio;
        b.state = state;
        b.lastName = lastName;
        b.sex = sex;
        b.city = city;
        b.email = email;
        b.dateOfBirth = dateOfBirth;
        b.firstName = firstName;
        b.gender = gender;
        b.accountCreationDate = accountCreationDate;
        b.providerUserId = providerUserId;
        b.extra.putAll(extra);
        return b;
    }

    /** Fluent builder for {@link Athlete}. */
    public static final class Builder {
        private Integer age;
        private String country;
        private String bio;
        private String state;
        private String lastName;
        private String sex;
        private String city;
        private String email;
        private String dateOfBirth;
        private String firstName;
        private String gender;
        private String accountCreationDate;
        private String providerUserId;
        private final Map<String, Object> extra = new java.util.LinkedHashMap<>();

        private Builder() {}

        public Builder age(Integer age) {
            this.age = age;
            return this;
        }

        public Builder country(String country) {
            this.country = country;
            return this;
        }

        public Builder bio(String bio) {
            this.bio = bio;
            return this;
        }

        public Builder state(String state) {
            this.state = state;
            return this;
        }

        public Builder lastName(String lastName) {
            this.lastName = lastName;
            return this;
        }

        public Builder sex(String sex) {
            this.sex = sex;
            return this;
        }

        public Builder city(String city) {
            this.city = city;
            return this;
        }

        public Builder email(String email) {
            this.email = email;
            return this;
        }

        public Builder dateOfBirth(String dateOfBirth) {
            this.dateOfBirth = dateOfBirth;
            return this;
        }

        public Builder firstName(String firstName) {
            this.firstName = firstName;
            return this;
        }

        public Builder gender(String gender) {
            this.gender = gender;
            return this;
        }

        public Builder accountCreationDate(String accountCreationDate) {
            this.accountCreationDate = accountCreationDate;
            return this;
        }

        public Builder providerUserId(String providerUserId) {
            this.providerUserId = providerUserId;
            return this;
        }

        /** Adds an unknown (pass-through) property. */
        public Builder putExtra(String name, Object value) {
            this.extra.put(name, value);
            return this;
        }

        /** Replaces all unknown (pass-through) properties. */
        public Builder extra(Map<String, Object> extra) {
            this.extra.clear();
            if (extra != null) {
                this.extra.putAll(extra);
            }
            return this;
        }

        public Athlete build() {
            return new Athlete(
                    age,
                    country,
                    bio,
                    state,
                    lastName,
                    sex,
                    city,
                    email,
                    dateOfBirth,
                    firstName,
                    gender,
                    accountCreationDate,
                    providerUserId,
                    extra);
        }
    }
}
