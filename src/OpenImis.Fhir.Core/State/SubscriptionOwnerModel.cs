using Microsoft.EntityFrameworkCore;

namespace OpenImis.Fhir.Core.State;

/// <summary>The owner columns of <c>fhir.subscription</c> (migration SubscriptionOwner): whose rights a subscription runs under.</summary>
internal static class SubscriptionOwnerModel
{
    public static void Build(ModelBuilder modelBuilder) => modelBuilder.Entity<SubscriptionRecord>(e =>
    {
        e.Property(s => s.OwnerScopes).HasColumnName("owner_scopes");
        e.Property(s => s.OwnerUserId).HasColumnName("owner_user_id");
        e.Property(s => s.OwnerUserName).HasColumnName("owner_user_name");
        e.Property(s => s.OwnerDistricts).HasColumnName("owner_districts");
    });
}
