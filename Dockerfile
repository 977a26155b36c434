# Builds and runs the OpenImis.Fhir server.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/OpenImis.Fhir.Server -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
ENV Urls=http://+:8080 TMPDIR=/tmp
EXPOSE 8080
ENTRYPOINT ["dotnet", "OpenImis.Fhir.Server.dll"]
